import { mkdirSync } from "node:fs";
import type { KioskConfig } from "../kiosk-config/config/schema";
import { serviceById } from "../kiosk-config/services";
import type { KioskEnv } from "./config/env";
import { PrinterService } from "./devices/printer/printer-service";
import { CardReaderService } from "./devices/reader/card-reader-service";
import { loadOrCreateKioskId } from "./kiosk-id";
import { loadOrCreatePin } from "./maintenance/pin";
import { storeRecords } from "./maintenance/records";
import type { Logger } from "./log";
import { createKioskRuntime, type KioskRuntime } from "./runtime";
import { centralClientFor } from "./services/central-access";
import { connectCentral } from "./central-connection";
import type { EmbeddedCentral } from "./embedded-central";
import { ConfigManager } from "./config/config-manager";
import { readTrustedKeys } from "./config/trusted-keys";
import { Alerts } from "./alerts";
import { recordEvent } from "./store/events";
import { loadIdentity } from "./store/identity";
import { type KeyProvider, openKioskStore } from "./store";
import { parkLimitsOf } from "./sync/park-limits";
import { SyncEngine } from "./sync/engine";
import { heartbeatDevices } from "./sync-devices";

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
  /** Settles once the first attempt to reach central has finished (see core/central-connection.ts). */
  centralSettled: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Builds the kiosk from the environment: data folder, store, devices, sync engine and runtime,
 * ready to serve the page; then, without holding the page up, its central service (remote, or
 * embedded on SQLite in the data folder) and enrollment.
 */
export async function bootKiosk(options: BootOptions): Promise<BootedKiosk> {
  const { env, logger } = options;
  mkdirSync(env.dataDir, { recursive: true, mode: 0o700 });
  const store = await openKioskStore({
    dataDir: env.dataDir,
    ...(options.keyProvider ? { keyProvider: options.keyProvider } : {}),
  });

  const alerts = new Alerts();
  if (store.recovered !== null) {
    const { movedTo, reason, at } = store.recovered;
    alerts.raise({
      code: "store-recovered",
      zh: `本机数据库已损坏，已移到 ${movedTo}，终端已用新数据库启动；未发送的申请可能需要人工核对。`,
      en: `kiosk.db was damaged (${reason}); it was moved to ${movedTo} and the kiosk started on a fresh store. Queued submissions in it may need a technician.`,
      at,
    });
    logger.error({ movedTo, reason }, "kiosk.db was damaged: moved aside, started on a fresh store");
    recordEvent(store.db, {
      kind: "audit",
      source: "store",
      code: "store-recovered",
      detail: { movedTo, reason },
      at,
    });
  }

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
    configApplyVersion: () => settings.applyVersion(),
    configDigest: () => settings.digest(),
    deviceHealth: () => heartbeatDevices(reader.status(), printer.status()),
    allowsOffline: (serviceId) => serviceById(serviceId)?.offline === "queue",
    heartbeatIntervalMs: config.heartbeatSeconds * 1000,
    // Read at each decision, so a fleet config pushed later applies without a restart.
    parkAfter: () => parkLimitsOf(settings.config().outbox),
    onError: (error) => logger.warn({ err: error }, "sync"),
    trustedKeys: () => readTrustedKeys(env.dataDir),
  });
  const central = connectCentral({
    env,
    config,
    sync,
    logger,
    ...(options.startEmbeddedCentral ? { startEmbeddedCentral: options.startEmbeddedCentral } : {}),
  });

  const runtime = createKioskRuntime({
    shell: options.shell,
    appVersion: options.appVersion,
    kioskId,
    settings,
    // "embedded" only where one runs. Electron has none: without KIOSK_CENTRAL_URL it is "remote", URL "".
    central: {
      mode: env.centralUrl === undefined && options.startEmbeddedCentral ? "embedded" : "remote",
      url: () => central.url(),
      settled: central.settled,
    },
    reader,
    printer,
    sync: {
      status: () => sync.status(),
      on: sync.on.bind(sync),
      syncNow: () => sync.syncNow(),
      retryParked: (id) => sync.retryParked(id),
      discardParked: (id) => sync.discardParked(id),
      // A resident who submits in the first seconds after a start gets the decision of a kiosk
      // that has reached central, not "queued" because the connection was still being made.
      submit: async (serviceId, data) => {
        await central.settled;
        return sync.submit(serviceId, data);
      },
    },
    // The first online call after a fresh start may come before enrollment finished: let it wait.
    centralClient: async () => {
      await central.settled;
      return centralClientFor(store);
    },
    maintenancePin: loadOrCreatePin(env.dataDir),
    maintenanceRecords: storeRecords(store.db, () => new Date()),
    alerts,
    logger,
  });

  settings.watchSessions(runtime.sessions);
  const offConfig = sync.on("config", (bundle) => {
    settings.receive(bundle);
  });
  await runtime.start();
  // Nothing on the attract screen needs central: connect once the runtime serves the page.
  central.start();

  return {
    runtime,
    config,
    centralSettled: central.settled,
    async stop() {
      offConfig();
      await runtime.stop();
      // Stops syncing too, before the embedded central, so nothing is on the wire as central closes.
      await central.stop();
      store.close();
    },
  };
}
