import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { KioskConfig } from "../kiosk-config/config/schema";
import { serviceById } from "../kiosk-config/services";
import type { KioskEnv } from "./config/env";
import { PrinterService } from "./devices/printer/printer-service";
import { CardReaderService } from "./devices/reader/card-reader-service";
import { loadOrCreateKioskId } from "./kiosk-id";
import { loadOrCreatePin } from "./maintenance/pin";
import { storeRecords } from "./maintenance/records";
import { osPorts } from "./maintenance/tools";
import { loadLocalLayer, saveLocalLayer } from "./store/local-config";
import { listConfigHistory } from "./store/config-history";
import type { Logger } from "./log";
import { createKioskRuntime, type KioskRuntime } from "./runtime";
import { centralClientFor } from "./services/central-access";
import { connectCentral } from "./central-connection";
import type { EmbeddedCentral } from "./embedded-central";
import { ConfigManager } from "./config/config-manager";
import { selfTest } from "./config/self-test";
import { type AppUpdatesFactory, scheduleUpdateChecks } from "./update/app-updates";
import type { SessionManager } from "./session/session-manager";
import { readTrustedKeys } from "./config/trusted-keys";
import { Alerts } from "./alerts";
import { recordEvent } from "./store/events";
import { storedRanking } from "./sync/popular";
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
  startEmbeddedCentral?: (dataDir: string, signal: AbortSignal) => Promise<EmbeddedCentral>;
  /** Source of the outbox key; default a 0600 file in the data folder (Electron passes safeStorage). */
  keyProvider?: KeyProvider;
  /** Builds the shell's app updater (core/update/); default none, so the app never updates itself. */
  appUpdates?: AppUpdatesFactory;
  /** Restarts the whole app (the maintenance menu's "restart"); default none. */
  restartApp?: () => void;
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

  // The app updater, first: a new version that crashed on its last start goes back before it boots
  // again. It looks at sessions only once the runtime exists (its checks start after boot).
  let sessions: SessionManager | undefined = undefined;
  const updates = options.appUpdates?.({
    sessions: {
      get current() {
        return sessions?.current ?? null;
      },
      onWipe: (wiper) => sessions?.onWipe(wiper) ?? (() => undefined),
    },
    feed: {
      get centralUrl() {
        return central.url();
      },
      channel: env.updateChannel,
      token: () => loadIdentity(store.db, store.sealer)?.token,
    },
    running: options.appVersion,
    journalPath: join(env.dataDir, "update-journal.json"),
    dataDir: env.dataDir,
    logger,
  });
  if (updates?.noteStart() === true) logger.warn("the new app version failed on its last start: going back");

  // The technician's saved ports (the maintenance menu's local layer) win over the environment.
  const deviceDefaults = {
    reader: { port: env.readerPort, baudRate: env.readerBaud },
    printer: { port: env.printerPort, baudRate: env.printerBaud },
  };
  const local = loadLocalLayer(store.db);
  const readerChoice = local.reader ?? deviceDefaults.reader;
  const printerChoice = local.printer ?? deviceDefaults.printer;
  if (local.reader || local.printer)
    logger.info({ local }, "device ports from the maintenance menu's local layer");
  const reader = new CardReaderService(readerChoice);
  const printer = new PrinterService(printerChoice);
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
  // Set once the runtime below exists; the sync engine asks for it only when a request comes.
  const late: { remoteRequests?: KioskRuntime["remoteRequests"] } = {};
  const sync = new SyncEngine({
    appUpdate: () => updates?.report() ?? {},
    store,
    appVersion: options.appVersion,
    configVersion: () => settings.version(),
    configState: () => settings.state(),
    configApplyVersion: () => settings.applyVersion(),
    configDigest: () => settings.digest(),
    deviceHealth: () => heartbeatDevices(reader.status(), printer.status()),
    allowsOffline: (serviceId) => serviceById(serviceId)?.offline === "queue",
    // Read at each heartbeat: a fleet config that shortens or lengthens it applies without a restart.
    heartbeatIntervalMs: () => settings.config().heartbeatSeconds * 1000,
    // Read at each decision, so a fleet config pushed later applies without a restart.
    parkAfter: () => parkLimitsOf(settings.config().outbox),
    onError: (error) => logger.warn({ err: error }, "sync"),
    trustedKeys: () => readTrustedKeys(env.dataDir),
    // The runtime below builds packets and keeps the audit trail; requests come only once it runs.
    supportPacket: () => late.remoteRequests?.supportPacket,
    onRemoteRequest: (outcome) => {
      logger.info({ request: outcome }, "fleet request acted on");
      late.remoteRequests?.record(outcome);
    },
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
    popularRanking: () => storedRanking(store.db),
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
    paymentsDb: store.db,
    maintenancePin: loadOrCreatePin(env.dataDir),
    maintenanceRecords: storeRecords(store.db, () => new Date()),
    maintenanceTools: {
      dataDir: env.dataDir,
      deviceDefaults,
      localLayer: {
        load: () => loadLocalLayer(store.db),
        save: (layer) => {
          saveLocalLayer(store.db, layer, new Date().toISOString());
        },
      },
      configHistory: () => listConfigHistory(store.db, 20),
      configState: () => settings.state(),
      rollBackConfig: () => settings.rollBackOneStep(),
      listPorts: osPorts,
      ...(options.restartApp === undefined ? {} : { restartApp: options.restartApp }),
    },
    alerts,
    logger,
  });

  late.remoteRequests = runtime.remoteRequests;
  settings.watchSessions(runtime.sessions);
  sessions = runtime.sessions;
  const offConfig = sync.on("config", (bundle) => {
    settings.receive(bundle);
  });
  // Applied, refused or rolled back: the fleet hears it now, not one heartbeat interval later.
  const offSettled = settings.onSettled(() => sync.reportSoon());
  await runtime.start();
  // Nothing on the attract screen needs central: connect once the runtime serves the page.
  central.start();

  // A version on trial proves itself with the config self-test, now that it has booted; one that
  // fails goes back (and the shell restarts or reinstalls), one that passes is kept.
  updates?.settle(() => selfTest(settings.config(), settings.catalog()));
  const stopUpdateChecks =
    updates === undefined
      ? () => undefined
      : scheduleUpdateChecks(updates, { ready: central.settled, logger });

  return {
    runtime,
    config,
    centralSettled: central.settled,
    async stop() {
      offConfig();
      offSettled();
      stopUpdateChecks();
      await runtime.stop();
      // Stops syncing too, before the embedded central, so nothing is on the wire as central closes.
      await central.stop();
      store.close();
    },
  };
}
