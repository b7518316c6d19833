import type { FastifyRateLimitOptions, FastifyRateLimitStore } from "@fastify/rate-limit";
import type { Kysely } from "kysely";
import { hitRateLimit, readRateLimit } from "../db/queries/rate-limits";
import type { CentralSchema } from "../db/schema";

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** The plugin's store interface, with the `read` its `{ increment: false }` peek needs. */
export interface DatabaseRateLimitStore extends FastifyRateLimitStore {
  read(key: string, callback: Callback): void;
  child(): DatabaseRateLimitStore;
}

/**
 * A store for @fastify/rate-limit that keeps its counters in the central database.
 *
 * Why not the plugin's in-memory store: with several central processes behind a load balancer,
 * each would count only the requests it saw, and an address could try N times per process.
 * Keys are namespaced by the limiter's key generator (`enroll:…`, `auth:…`), so one store
 * serves every limiter and `child` returns it unchanged.
 */
export function databaseRateLimitStore(
  db: Kysely<CentralSchema>,
  now: () => Date,
): new (
  options: FastifyRateLimitOptions,
) => DatabaseRateLimitStore {
  const ttlUntil = (resetAt: string, at: Date): number => Math.max(0, Date.parse(resetAt) - at.getTime());

  class DatabaseStore implements DatabaseRateLimitStore {
    incr(key: string, callback: Callback, timeWindow: number): void {
      const at = now();
      hitRateLimit(db, key, at.toISOString(), new Date(at.getTime() + timeWindow).toISOString()).then(
        (count) => callback(null, { current: count.hits, ttl: ttlUntil(count.resetAt, at) }),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }

    /** The plugin's non-counting peek (`createRateLimit()(request, { increment: false })`). */
    read(key: string, callback: Callback): void {
      const at = now();
      readRateLimit(db, key, at.toISOString()).then(
        (count) =>
          callback(
            null,
            count === undefined
              ? { current: 0, ttl: 0 }
              : { current: count.hits, ttl: ttlUntil(count.resetAt, at) },
          ),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }

    child(): DatabaseRateLimitStore {
      return this;
    }
  }
  return DatabaseStore;
}
