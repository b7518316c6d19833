import type { KioskConfig } from "../kiosk-config/config/schema";
import type { KioskEnv } from "./config/env";
import { writeTrustedKeys } from "./config/trusted-keys";
import type { EmbeddedCentral } from "./embedded-central";
import type { Logger } from "./log";
import type { SyncEngine } from "./sync/engine";

/** Seconds between enrollment attempts while a remote central cannot be reached. */
const ENROLL_RETRY_MS = 30_000;
/** How soon an embedded central that stopped is started again, doubling while it will not start. */
const RESTART_FIRST_MS = 1_000;
const RESTART_MAX_MS = 60_000;

export interface CentralConnectionOptions {
  env: KioskEnv;
  config: KioskConfig;
  sync: SyncEngine;
  logger: Logger;
  /** Starts the embedded central; `signal` aborts a start still under way when the kiosk stops. */
  startEmbeddedCentral?: (dataDir: string, signal: AbortSignal) => Promise<EmbeddedCentral>;
}

type EmbeddedStart = NonNullable<CentralConnectionOptions["startEmbeddedCentral"]>;

/** The kiosk's link to its central service, made while the runtime already serves the page. */
export interface CentralConnection {
  /** Where central is; "" while the embedded one is still starting. */
  url(): string;
  /** Settles once the first attempt to reach central (enroll or start syncing) has finished, either way. */
  readonly settled: Promise<void>;
  /** Starts connecting; call it once the runtime serves the page. */
  start(): void;
  /** Stops syncing (waiting for what is on the wire), then the embedded central, if one runs. */
  stop(): Promise<void>;
}

/**
 * Connects to the central service: the remote one of KIOSK_CENTRAL_URL, or the embedded default
 * started here. It runs after the runtime started because nothing on the attract screen needs
 * central, and loading the embedded service (Fastify, Kysely, its database) would otherwise delay
 * the first paint by most of a second. Calls that do need central wait for `settled`.
 */
export function connectCentral(options: CentralConnectionOptions): CentralConnection {
  const { env, config, sync, logger } = options;
  let url = env.centralUrl ?? "";
  let embedded: EmbeddedCentral | null = null;
  let enrollTimer: NodeJS.Timeout | undefined;
  let restartTimer: NodeJS.Timeout | undefined;
  let restarting: Promise<void> | undefined;
  let stopped = false;
  // Read through a call where an await came in between, so the check sees what stop() set since.
  const isStopped = (): boolean => stopped;

  const enroll = async (): Promise<void> => {
    if (stopped || sync.enrolled) return;
    const code = env.enrollmentCode ?? (await embedded?.createEnrollmentCode());
    if (code === undefined) {
      logger.warn("not enrolled: set KIOSK_ENROLLMENT_CODE to enroll with KIOSK_CENTRAL_URL");
      return;
    }
    try {
      const { kioskId } = await sync.enroll({ centralUrl: url, code, name: config.kioskName });
      logger.info({ kioskId }, "enrolled with the central service");
      // stop() may have come while enrollment was on the wire; then syncing must not begin.
      if (!isStopped()) sync.start();
    } catch (error) {
      // A remote central may simply be unreachable right now; keep running offline and retry.
      logger.warn({ err: error }, "enrollment failed; retrying");
      enrollTimer = setTimeout(() => void enroll(), ENROLL_RETRY_MS);
      enrollTimer.unref();
    }
  };

  /** Enrolls, or starts syncing with the identity it has, wherever central is now. */
  const reach = async (): Promise<void> => {
    if (stopped) return;
    // The embedded central listens on a new port at every start, and a fleet may move its central:
    // the identity follows where central is now, or every sync after a restart would go nowhere.
    if (sync.moveCentral(url)) {
      logger.info({ centralUrl: url }, "central service moved; the kiosk follows it");
    }
    if (sync.enrolled) sync.start();
    else await enroll();
  };

  /**
   * Starts the embedded central and watches its thread. If the thread dies (a bug, or memory),
   * the kiosk says so in its log and starts a new one; meanwhile it works offline, queueing what
   * residents submit, and syncs with the new one on its new port.
   */
  const stopping = new AbortController();
  const startEmbedded = async (start: EmbeddedStart): Promise<void> => {
    const current = await start(env.dataDir, stopping.signal);
    embedded = current;
    url = current.url;
    writeTrustedKeys(env.dataDir, current.publicKeys());
    void current.exited.then((error) => {
      if (stopped || embedded !== current) return;
      logger.error({ err: error }, "the embedded central service stopped; starting it again");
      url = "";
      restartAfter(start, RESTART_FIRST_MS);
    });
  };
  const restartAfter = (start: EmbeddedStart, delayMs: number): void => {
    restartTimer = setTimeout(() => {
      restarting = startEmbedded(start)
        .then(async () => {
          if (stopped) return;
          logger.info({ centralUrl: url }, "the embedded central service is running again");
          await reach();
        })
        .catch((error: unknown) => {
          if (stopped) return;
          const next = Math.min(delayMs * 2, RESTART_MAX_MS);
          logger.error({ err: error, retryInMs: next }, "the embedded central service did not start");
          restartAfter(start, next);
        });
    }, delayMs);
  };

  const connect = async (): Promise<void> => {
    if (env.centralUrl === undefined && options.startEmbeddedCentral) {
      await startEmbedded(options.startEmbeddedCentral);
      if (stopped) return;
    }
    if (url === "") {
      logger.warn("no central service: set KIOSK_CENTRAL_URL");
      return;
    }
    await reach();
  };

  let started: Promise<void> | undefined;
  let settle = (): void => undefined;
  const settled = new Promise<void>((resolve) => (settle = resolve));

  return {
    url: () => url,
    settled,
    start() {
      started ??= connect()
        .catch((error: unknown) => {
          if (!stopped) logger.error({ err: error }, "could not reach the central service");
        })
        .finally(settle);
    },
    async stop() {
      stopped = true;
      stopping.abort();
      clearTimeout(enrollTimer);
      clearTimeout(restartTimer);
      await started;
      await restarting;
      settle();
      // Sync stops before the embedded central does: a heartbeat still on the wire when central
      // closes leaves its keep-alive connection open after the reply, and the central's close then
      // waits for the next heartbeat, a minute later, to end that connection.
      await sync.stop();
      await embedded?.stop();
    },
  };
}
