import { dirname, resolve } from "node:path";
import type { DestinationStream } from "pino";
import { createEnrollmentCode } from "./domain/enrollment";
import { loadCatalog } from "./catalog/catalog";
import { buildApp } from "./app";
import { DEFAULT_LIMITS, type AccessLimits } from "./access/limits";
import { loadOrCreateResidentHasher } from "./auth/resident-hash";
import { TtlCache } from "./auth/ttl-cache";
import { GroupCommit } from "./db/group-commit";
import { pruneHeartbeatHistory, recordHeartbeats } from "./db/queries/heartbeats";
import { pruneRateLimits } from "./db/queries/rate-limits";
import type { CentralContext } from "./context";
import { openCentralDb } from "./db/connect";
import { demoQueries } from "./demo/queries";
import { demoReference, emptyReference } from "./demo/reference";
import { loadOrCreateSigner } from "./fleet/signing-key";
import { createLogger } from "./log";
import { createMetrics } from "./metrics/registry";
import { hotlineProgressQuery } from "./demo/hotline-progress";

/** Options of an in-process central service. */
export interface CentralServerOptions {
  /** SQLite file path, or a `postgres://` URL. Required. */
  db: string;
  /** Interface to listen on; default "127.0.0.1". */
  host?: string;
  /** TCP port; default 8480; 0 picks any free port (see the returned `url`). */
  port?: number;
  /** Answer 秒批 lookups and query services from synthetic demo data; default true. */
  demoData?: boolean;
  /** pino level; default "warn". */
  logLevel?: string;
  /** Bearer credential for /v1/fleet routes; default none (fleet routes answer 401). */
  managerToken?: string;
  /** Folder for the config-signing key; default the SQLite file's folder, or ./var on PostgreSQL. */
  dataDir?: string;
  /** Heartbeat interval asked of kiosks, in seconds; default 60. */
  heartbeatIntervalSeconds?: number;
  /** Days of heartbeat history kept (pruned every 10 minutes); default 30. */
  heartbeatRetentionDays?: number;
  /** PostgreSQL connection pool size; default 10. */
  poolSize?: number;
  /** Where log lines go; default stdout. */
  logDestination?: DestinationStream;
  /** Rate limits and the query limit; each default from DEFAULT_LIMITS (access/limits.ts). */
  limits?: Partial<AccessLimits>;
  /** Clock, for tests that need another day; default the system clock. */
  now?: () => Date;
}

/** A running central service. */
export interface CentralServer {
  /** Base URL, e.g. "http://127.0.0.1:8480". */
  readonly url: string;
  close(): Promise<void>;
  /** A one-time enrollment code, as `npm run fleet -- enrollment-code` prints. */
  createEnrollmentCode(site?: string): Promise<string>;
  /** Public keys that verify `GET /v1/config` bundles. */
  publicKeys(): { keyid: string; publicKeyPem: string }[];
}

/** Starts the central service: opens and migrates the database, then listens. */
export async function startCentralServer(opts: CentralServerOptions): Promise<CentralServer> {
  const database = await openCentralDb(
    opts.db,
    opts.poolSize === undefined ? {} : { poolSize: opts.poolSize },
  );
  try {
    const now = opts.now ?? (() => new Date());
    const dataDir = opts.dataDir ?? (database.file === undefined ? resolve("var") : dirname(database.file));
    const demo = opts.demoData ?? true;
    const ctx: CentralContext = {
      db: database.db,
      dbKind: database.kind,
      catalog: loadCatalog(),
      signer: loadOrCreateSigner(dataDir),
      reference: demo ? demoReference(now) : emptyReference,
      queries: { ...(demo ? demoQueries : {}), "hotline-12345-progress": hotlineProgressQuery(database.db) },
      metrics: createMetrics(),
      log: createLogger(opts.logLevel ?? "warn", opts.logDestination),
      managerToken: opts.managerToken === "" ? undefined : opts.managerToken,
      heartbeatIntervalSeconds: opts.heartbeatIntervalSeconds ?? 60,
      heartbeats: new GroupCommit((rows) => recordHeartbeats(database.db, rows)),
      kioskCache: new TtlCache(1_000),
      limits: { ...DEFAULT_LIMITS, ...opts.limits },
      hashResident: loadOrCreateResidentHasher(dataDir),
      configVersionCache: new TtlCache(1_000),
      now,
    };
    const app = buildApp(ctx);
    const url = await app.listen({ host: opts.host ?? "127.0.0.1", port: opts.port ?? 8480 });
    // 1,000 kiosks at one heartbeat a minute add 1.4 million history rows a day.
    const retentionMs = (opts.heartbeatRetentionDays ?? 30) * 86_400_000;
    const prune = (): void => {
      pruneHeartbeatHistory(database.db, new Date(now().getTime() - retentionMs).toISOString()).catch(
        (error: unknown) => ctx.log.warn({ err: error }, "heartbeat history pruning failed"),
      );
      pruneRateLimits(database.db, now().toISOString()).catch((error: unknown) =>
        ctx.log.warn({ err: error }, "rate-limit pruning failed"),
      );
    };
    const pruneTimer = setInterval(prune, 10 * 60_000);
    pruneTimer.unref();
    let closed = false;
    return {
      url,
      async close() {
        if (closed) return;
        closed = true;
        clearInterval(pruneTimer);
        await app.close();
        await database.close();
      },
      async createEnrollmentCode(site) {
        return (await createEnrollmentCode(database.db, { site }, now())).code;
      },
      publicKeys: () => [{ keyid: ctx.signer.keyid, publicKeyPem: ctx.signer.publicKeyPem }],
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
