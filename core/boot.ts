import { mkdirSync } from "node:fs";
import type { KioskConfig } from "../kiosk-config/config/schema";
import { serviceById } from "../kiosk-config/services";
import type { KioskEnv } from "./config/env";
import { PrinterService } from "./devices/printer/printer-service";
import { CardReaderService } from "./devices/reader/card-reader-service";
import { loadOrCreateKioskId } from "./kiosk-id";
import { loadOrCreatePin } from "./maintenance/pin";
import type { Logger } from "./log";
import { createKioskRuntime, type KioskRuntime } from "./runtime";
import { centralClientFor } from "./services/central-access";
import { ConfigManager } from "./config/config-manager";
import { readTrustedKeys, writeTrustedKeys } from "./config/trusted-keys";
import type { TrustedKey } from "./config/verify-bundle";
import { loadIdentity } from "./store/identity";
import { type KeyProvider, openKioskStore } from "./store";
import { SyncEngine } from "./sync/engine";
import { heartbeatDevices } from "./sync-devices";

/** A central service started in-process when no KIOSK_CENTRAL_URL is set (architecture.md). */
export interface EmbeddedCentral {
  url: string;
  /** A one-time enrollment code, so the kiosk enrolls itself like any other. */
  createEnrollmentCode(): Promise<string>;
  /** The embedded central's config-signing keys, which this kiosk then trusts. */
  publicKeys(): TrustedKey[];
  stop(): Promise<void>;
}

/** Options for booting the kiosk runtime. */
export interface BootOptions {
  env: KioskEnv;
  shell: "web" | "electron";
  /** The app's version, from package.json (web) or app.getVersion() (Electron). */
  appVersion: string;
  logger: Logger;
  /** Starts the embedded central; supplied by the composition root, which may import central/. */
  startEmbeddedCentral?: (dataDir: string) => Promise<EmbeddedCentral>;
  /** Source of the outbox key; default a 0600 file in the data folder (Electron passes safeStorage). */
  keyProvider?: KeyProvider;
}

export interface BootedKiosk {
  runtime: KioskRuntime;
  config: KioskConfig;
  stop(): Promise<void>;
}

/** Seconds between enrollment attempts while a remote central cannot be reached. */
const ENROLL_RETRY_MS = 30_000;

/**
 * Builds the kiosk from the environment: data folder, store, devices, the central service (remote,
 * or embedded on SQLite in the data folder), enrollment and the sync engine, then the runtime.
 */
export async function bootKiosk(options: BootOptions): Promise<BootedKiosk> {
  const { env, logger } = options;
  mkdirSync(env.dataDir, { recursive: true, mode: 0o700 });

  const embedded =
    env.centralUrl === undefined && options.startEmbeddedCentral
      ? await options.startEmbeddedCentral(env.dataDir)
      : null;
  const centralUrl = env.centralUrl ?? embedded?.url ?? "http://127.0.0.1:8480";
  if (embedded) writeTrustedKeys(env.dataDir, embedded.publicKeys());
  const store = await openKioskStore({
    dataDir: env.dataDir,
    ...(options.keyProvider ? { keyProvider: options.keyProvider } : {}),
  });

  const reader = new CardReaderService({ port: env.readerPort, baudRate: env.readerBaud });
  const printer = new PrinterService({ port: env.printerPort, baudRate: env.printerBaud });
  const localId = loadOrCreateKioskId(env.dataDir);
  const kioskId = (): string => loadIdentity(store.db, store.sealer)?.kioskId ?? localId;
  const settings = new ConfigManager({
    store,
    trustedKeys: () => readTrustedKeys(env.dataDir),
    kioskId,
    logger,
    now: () => new Date(),
  });
  const config = settings.config();
  const sync = new SyncEngine({
    store,
    appVersion: options.appVersion,
    configVersion: () => settings.version(),
    configState: () => settings.state(),
    deviceHealth: () => heartbeatDevices(reader.status(), printer.status()),
    allowsOffline: (serviceId) => serviceById(serviceId)?.offline === "queue",
    heartbeatIntervalMs: config.heartbeatSeconds * 1000,
    onError: (error) => logger.warn({ err: error }, "sync"),
  });

  const runtime = createKioskRuntime({
    shell: options.shell,
    appVersion: options.appVersion,
    kioskId,
    settings,
    central: { mode: env.centralUrl === undefined ? "embedded" : "remote", url: centralUrl },
    reader,
    printer,
    sync,
    centralClient: () => centralClientFor(store),
    maintenancePin: loadOrCreatePin(env.dataDir),
    logger,
  });

  let enrollTimer: NodeJS.Timeout | undefined;
  const enroll = async (): Promise<void> => {
    if (sync.enrolled) return;
    const code = env.enrollmentCode ?? (await embedded?.createEnrollmentCode());
    if (code === undefined) {
      logger.warn("not enrolled: set KIOSK_ENROLLMENT_CODE to enroll with KIOSK_CENTRAL_URL");
      return;
    }
    try {
      const { kioskId } = await sync.enroll({ centralUrl, code, name: config.kioskName });
      logger.info({ kioskId }, "enrolled with the central service");
      sync.start();
    } catch (error) {
      // A remote central may simply be unreachable right now; keep running offline and retry.
      logger.warn({ err: error }, "enrollment failed; retrying");
      enrollTimer = setTimeout(() => void enroll(), ENROLL_RETRY_MS);
      enrollTimer.unref();
    }
  };

  settings.watchSessions(runtime.sessions);
  const offConfig = sync.on("config", (bundle) => {
    settings.receive(bundle);
  });
  await runtime.start();
  if (sync.enrolled) sync.start();
  else await enroll();

  return {
    runtime,
    config,
    async stop() {
      clearTimeout(enrollTimer);
      offConfig();
      await runtime.stop();
      await sync.stop();
      store.close();
      await embedded?.stop();
    },
  };
}
