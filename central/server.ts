import type { DestinationStream } from "pino";
import { type AccessLimits, DEFAULT_LIMITS } from "./access/limits";
import type { AlertThresholds } from "./alerts/conditions";
import type { AlertWebhook } from "./alerts/webhook";
import { buildApp, type RegisteredRoute } from "./app";
import { KioskCache } from "./auth/kiosk-cache";
import { KioskLookup } from "./auth/kiosk-lookup";
import { loadOrCreateResidentHasher } from "./auth/resident-hash";
import { loadCatalog } from "./catalog/catalog";
import type { CentralContext } from "./context";
import { centralDataDir } from "./data-dir";
import { openCentralDb } from "./db/connect";
import { GroupCommit } from "./db/group-commit";
import { recordHeartbeats, recordHeartbeatsInOneStatement } from "./db/queries/heartbeats";
import { hotlineProgressQuery } from "./demo/hotline-progress";
import { demoQueries } from "./demo/queries";
import { demoReference, emptyReference } from "./demo/reference";
import { createEnrollmentCode } from "./domain/enrollment";
import { type FleetJobs, startFleetJobs } from "./fleet/fleet-jobs";
import { startSampleJob } from "./fleet/sample-fleet";
import { loadOrCreateSigner } from "./fleet/signing-key";
import { createLogger } from "./log";
import { createMetrics } from "./metrics/registry";
import { startMetricsServer } from "./metrics/server";
import { loadDataKey } from "./privacy/data-key";
import { checkDataKey } from "./privacy/key-check";
import { defaultRetention, type PurgeCounts, type RetentionPolicy, startPurgeJob } from "./privacy/retention";
import { sealExistingRows } from "./privacy/seal-existing";
import { Sealer } from "./privacy/sealer";
import { PendingRequests } from "./requests/pending-requests";
import { DesiredVersions } from "./rollouts/desired-versions";
import { EffectiveConfigs } from "./rollouts/effective-configs";
import { releasesDir } from "./updates/release-files";

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
  /** Folder for the config-signing key (and on SQLite the data key); default the SQLite file's folder, or ./var on PostgreSQL. */
  dataDir?: string;
  /** File holding the data key that seals residents' data; required on PostgreSQL (privacy/data-key.ts). */
  dataKeyFile?: string;
  /** Days each kind of record is kept (privacy/retention.ts); defaults per kind. */
  retention?: Partial<RetentionPolicy>;
  /** Serve GET /metrics without credentials on this port of `host` alone; default none (the main port asks for the manager credential). */
  metricsPort?: number;
  /** Heartbeat interval asked of kiosks, in seconds; default 60. */
  heartbeatIntervalSeconds?: number;
  /** PostgreSQL connection pool size; default 10. */
  poolSize?: number;
  /** Where log lines go; default stdout. */
  logDestination?: DestinationStream;
  /** Rate limits and the query limit; each default from DEFAULT_LIMITS (access/limits.ts). */
  limits?: Partial<AccessLimits>;
  /** Where alerts go (the city's duty system); default none. */
  alertWebhook?: AlertWebhook;
  /** Alert thresholds (outbox depth, parked items); defaults in alerts/conditions.ts. */
  alertThresholds?: Partial<AlertThresholds>;
  /** Seconds between fleet job passes (rollouts, alerts, webhook); default 15. */
  fleetJobSeconds?: number;
  /** Address residents' phones reach this service at (the QR codes' pay links); default the address each kiosk uses. */
  publicUrl?: string;
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
  /** Base URL of the separate metrics port, when `metricsPort` was given. */
  readonly metricsUrl: string | undefined;
  /** Runs the retention purge now (it also runs at start and every hour). */
  purgeExpired(): Promise<PurgeCounts>;
  /** Samples the fleet into the current chart bucket now (it also runs at start and every minute). */
  sampleFleet(): Promise<void>;
  /** Runs one fleet job pass now: rollouts move on, alerts open and resolve, the webhook sends. */
  runFleetJobs(): ReturnType<FleetJobs["runNow"]>;
  /** Every route the service answers (method and URL pattern), for checking the OpenAPI document. */
  readonly routes: readonly RegisteredRoute[];
}

/** Starts the central service: opens and migrates the database, then listens. */
export async function startCentralServer(opts: CentralServerOptions): Promise<CentralServer> {
  const database = await openCentralDb(
    opts.db,
    opts.poolSize === undefined ? {} : { poolSize: opts.poolSize },
  );
  try {
    const now = opts.now ?? (() => new Date());
    const dataDir = centralDataDir(opts.db, opts.dataDir);
    const demo = opts.demoData ?? true;
    const log = createLogger(opts.logLevel ?? "warn", opts.logDestination);
    const sealer = new Sealer(loadDataKey({ kind: database.kind, dataDir, keyFile: opts.dataKeyFile }));
    await checkDataKey(database.db, sealer, now());
    const sealedRows = await sealExistingRows(database.db, database.kind, sealer);
    if (sealedRows > 0) log.warn({ sealedRows }, "sealed rows stored in clear by an earlier version");
    const desiredVersions = new DesiredVersions(database.db);
    const ctx: CentralContext = {
      db: database.db,
      dbKind: database.kind,
      catalog: loadCatalog(),
      signer: loadOrCreateSigner(dataDir),
      reference: demo ? demoReference(now) : emptyReference,
      queries: { ...(demo ? demoQueries : {}), "hotline-12345-progress": hotlineProgressQuery(database.db) },
      metrics: createMetrics(),
      sealer,
      log,
      managerToken: opts.managerToken === "" ? undefined : opts.managerToken,
      heartbeatIntervalSeconds: opts.heartbeatIntervalSeconds ?? 60,
      heartbeats: new GroupCommit((rows) =>
        database.kind === "postgres"
          ? recordHeartbeatsInOneStatement(database.db, rows)
          : recordHeartbeats(database.db, rows),
      ),
      kioskCache: new KioskCache(database.db),
      kioskLookup: new KioskLookup(database.db),
      limits: { ...DEFAULT_LIMITS, ...opts.limits },
      hashResident: loadOrCreateResidentHasher(dataDir),
      desiredVersions,
      effectiveConfigs: new EffectiveConfigs(database.db),
      pendingRequests: new PendingRequests(database.db),
      releasesDir: releasesDir(dataDir),
      publicUrl:
        opts.publicUrl === undefined || opts.publicUrl === ""
          ? undefined
          : opts.publicUrl.replace(/\/+$/, ""),
      now,
    };
    const purge = startPurgeJob({
      db: database.db,
      policy: { ...defaultRetention, ...opts.retention },
      now,
      log,
    });
    await purge.runNow();
    const sampler = startSampleJob({ db: database.db, now, log });
    await sampler.runNow();
    const fleetJobs = startFleetJobs({
      db: database.db,
      now,
      log,
      everySeconds: opts.fleetJobSeconds ?? 15,
      thresholds: opts.alertThresholds ?? {},
      webhook: opts.alertWebhook,
      onRolloutMoved: () => ctx.desiredVersions.clear(),
    });
    const host = opts.host ?? "127.0.0.1";
    const routes: RegisteredRoute[] = [];
    const app = buildApp(ctx, (route) => routes.push(route));
    // close() waits for every connection to end. One whose request was under way when it was
    // called outlives the reply if kept alive, until the client's next request (a kiosk's next
    // heartbeat, a minute on) or keepAliveTimeout; a reply sent while closing ends it instead.
    let closing = false;
    app.addHook("onSend", async (_request, reply, payload) => {
      if (closing) void reply.header("connection", "close");
      return payload;
    });
    const url = await app.listen({ host, port: opts.port ?? 8480 });
    const metrics =
      opts.metricsPort === undefined
        ? undefined
        : await startMetricsServer(ctx.metrics, host, opts.metricsPort).catch(async (error: unknown) => {
            purge.stop();
            sampler.stop();
            fleetJobs.stop();
            await app.close();
            throw error;
          });
    let closed = false;
    return {
      url,
      routes,
      metricsUrl: metrics?.url,
      purgeExpired: purge.runNow,
      sampleFleet: sampler.runNow,
      runFleetJobs: () => fleetJobs.runNow(),
      async close() {
        if (closed) return;
        closed = true;
        closing = true;
        purge.stop();
        sampler.stop();
        fleetJobs.stop();
        await fleetJobs.idle();
        await metrics?.close();
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
