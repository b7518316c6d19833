import type { Kysely } from "kysely";
import type { CentralSchema } from "../schema";

/** A rate-limit key's hits in its current window, and when that window ends (ISO-8601). */
export interface RateLimitCount {
  hits: number;
  resetAt: string;
}

/**
 * Counts one hit for `key`: starts a new window ending at `resetAt` when there is none or the
 * last one has ended.
 *
 * Why one upsert: INSERT … ON CONFLICT DO UPDATE … RETURNING is atomic on SQLite and PostgreSQL,
 * so hits from several central processes at once are all counted, none twice. The SET
 * expressions read the row as it was before this statement on both engines.
 */
export async function hitRateLimit(
  db: Kysely<CentralSchema>,
  key: string,
  now: string,
  resetAt: string,
): Promise<RateLimitCount> {
  const row = await db
    .insertInto("rate_limits")
    .values({ key, hits: 1, reset_at: resetAt })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet((eb) => ({
        hits: eb
          .case()
          .when("rate_limits.reset_at", "<=", now)
          .then(1)
          .else(eb("rate_limits.hits", "+", 1))
          .end(),
        reset_at: eb
          .case()
          .when("rate_limits.reset_at", "<=", now)
          .then(resetAt)
          .else(eb.ref("rate_limits.reset_at"))
          .end(),
      })),
    )
    .returning(["hits", "reset_at"])
    .executeTakeFirstOrThrow();
  return { hits: row.hits, resetAt: row.reset_at };
}

/** The key's count without counting a hit; undefined when its window has ended or never began. */
export async function readRateLimit(
  db: Kysely<CentralSchema>,
  key: string,
  now: string,
): Promise<RateLimitCount | undefined> {
  const row = await db
    .selectFrom("rate_limits")
    .select(["hits", "reset_at"])
    .where("key", "=", key)
    .where("reset_at", ">", now)
    .executeTakeFirst();
  return row === undefined ? undefined : { hits: row.hits, resetAt: row.reset_at };
}

/** Deletes counters whose window ended before `now`; returns how many. */
export async function pruneRateLimits(db: Kysely<CentralSchema>, now: string): Promise<number> {
  const result = await db.deleteFrom("rate_limits").where("reset_at", "<=", now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
