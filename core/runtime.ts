import type { SupportPacket } from "../central/protocol";
import { buildSupportPacket } from "./maintenance/support-packet";
import type { RemoteRequestOutcome } from "./sync/remote-requests";
import type { KioskConfig } from "../kiosk-config/config/schema";
import { Alerts } from "./alerts";
import { KioskCallError, type KioskStatus } from "./api";
import { type Clock, systemClock } from "./clock";
import { linkPrinter } from "./devices/printer-link";
import type { PrinterService } from "./devices/printer/printer-service";
import { linkReader } from "./devices/reader-link";
import type { CardReaderService } from "./devices/reader/card-reader-service";
import { KioskEvents } from "./events";
import { catalogHandlers } from "./handlers/catalog";
import { mostUsedTiles } from "./services/popular-tiles";
import { referenceSms } from "./services/reference-sms";
import type { StoredRanking } from "./sync/popular";
import { tmpdir } from "node:os";
import { diagnosticHandlers } from "./handlers/diagnostics";
import { maintenanceHandlers } from "./handlers/maintenance";
import { DeviceChoices } from "./maintenance/device-choice";
import type { DiagnosticParts } from "./maintenance/diagnostics";
import { recentLogLines } from "./maintenance/recent-log";
import { memoryTools, type MaintenanceTools } from "./maintenance/tools";
import { printingHandlers } from "./handlers/printing";
import { keepingReceipts, receiptHandlers } from "./handlers/receipts";
import { MaintenanceGate } from "./maintenance/gate";
import type { MaintenanceRecords } from "./maintenance/records";
import { serviceHandlers } from "./handlers/services";
import { paymentHandlers } from "./handlers/payments";
import { PaymentDesk } from "./services/payment-desk";
import type { WritableDb } from "./store/handles";
import { recentPayments } from "./store/payments";

import { sessionHandlers } from "./handlers/session";
import { MenuVisit } from "./session/menu-visit";
import { settingsHandlers } from "./handlers/settings";
import type { Logger } from "./log";
import type { KioskHandlers } from "./rpc";
import type { KioskSettings } from "./config/kiosk-settings";
import type { Submit } from "./services/submit-service";
import { IdentitySlot } from "./session/identity-slot";
import { SessionManager } from "./session/session-manager";
import { SessionReceipts } from "./session/session-receipts";
import type { CentralClient } from "./sync/central-client";
import type { SyncLink } from "./sync/sync-link";
import { DiskFullError } from "./store/errors";

/** How many payment orders the maintenance report lists. */
const RECENT_PAYMENTS = 10;

/** Everything the runtime is built from; the composition root (core/boot.ts) supplies it. */
export interface RuntimeOptions {
  /** Which shell hosts this runtime; reported in the status. */
  shell: "web" | "electron";
  appVersion: string;
  /** This kiosk's id: the enrolled one once enrollment happened. */
  kioskId: () => string;
  /** The config in force and its catalog, read at every use (fleet config changes between sessions). */
  settings: KioskSettings;
  /**
   * Where central is (its URL is "" while the embedded one is still starting), and when the first
   * attempt to reach it has finished, either way.
   */
  central: { mode: "embedded" | "remote"; url: () => string; settled: Promise<void> };
  reader: CardReaderService;
  printer: PrinterService;
  sync: SyncLink;
  /** A client for online-only calls (queries, tickets); rejects when not enrolled. */
  centralClient: () => Promise<CentralClient>;
  /** The kiosk store, where payment orders are kept until central says how they ended. */
  paymentsDb: WritableDb;
  /** The technician PIN (core/maintenance/pin.ts). */
  maintenancePin: string;
  /** Where the maintenance menu keeps its audit trail and PIN lockout (core/maintenance/records.ts). */
  maintenanceRecords: MaintenanceRecords;
  /**
   * The store's config history and local layer, the data folder, the OS device list and the
   * shell's restart, for the maintenance menu; default in memory (tests).
   */
  maintenanceTools?: MaintenanceTools;
  /** Open alerts for the technician; default a fresh, empty list. */
  alerts?: Alerts;
  logger: Logger;
  /** Default: the system clock. */
  clock?: Clock;
  /** The site's ranking of most-used services as last pulled from central; default none (fixed list). */
  popularRanking?: () => StoredRanking | undefined;
}

export interface KioskRuntime {
  readonly handlers: KioskHandlers;
  readonly events: KioskEvents;
  readonly sessions: SessionManager;
  readonly options: RuntimeOptions;
  status(): KioskStatus;
  /** A fleet manager's request, as the sync engine acts on it (core/sync/remote-requests.ts). */
  readonly remoteRequests: {
    /** The maintenance menu's support packet, built for a request from the fleet. */
    readonly supportPacket: () => SupportPacket;
    /** Writes what the kiosk did about a request to the maintenance audit trail. */
    readonly record: (outcome: RemoteRequestOutcome) => void;
  };
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The kiosk runtime: plain Node, the same under both shells. It joins the per-domain handler
 * maps into the one KioskApi surface and turns device and network changes into events.
 */
export function createKioskRuntime(options: RuntimeOptions): KioskRuntime {
  const clock = options.clock ?? systemClock;
  const { settings, logger } = options;
  const events = new KioskEvents((error, event) => {
    logger.error({ err: error, event }, "a kiosk event listener threw; the others still heard it");
  });
  const idle = settings.config().idle;
  const sessions = new SessionManager(events, clock, {
    // Core's own safety net behind the page's idle warning: warn + countdown + 30 s of grace.
    expireAfterMs:
      (Math.max(idle.warnSeconds, idle.attractReturnSeconds) + idle.countdownSeconds + 30) * 1000,
  });
  const identity = new IdentitySlot(sessions);
  const reader = linkReader(options.reader, { events, sessions, identity, logger });
  const printer = linkPrinter(options.printer);
  const startedAt = new Date(clock.now()).toISOString();
  let centralChecked = false;
  let stopped = false;

  const status = (): KioskStatus => {
    const sync = options.sync.status();
    return {
      kioskId: options.kioskId(),
      kioskName: settings.config().kioskName,
      shell: options.shell,
      versions: { app: options.appVersion, config: settings.version(), catalog: settings.catalog().version },
      online: sync.online,
      central: {
        mode: options.central.mode,
        url: options.central.url(),
        lastContact: sync.lastContact,
        checked: centralChecked,
      },
      devices: { reader: reader.status(), printer: printer.status() },
      sessionActive: sessions.current !== null,
      startedAt,
    };
  };

  const announce = (): void => {
    events.emit("status-changed", status());
  };
  const unsubscribers = [
    options.sync.on("online-changed", announce),
    reader.onChange(announce),
    printer.onChange(announce),
    events.on("session-started", announce),
    events.on("session-ended", announce),
  ];
  // An attempt that failed changes nothing else the page would hear of: announce the answer.
  void options.central.settled.then(() => {
    centralChecked = true;
    if (!stopped) announce();
  });

  const now = (): Date => new Date(clock.now());
  const alerts = options.alerts ?? new Alerts();
  const submit: Submit = async (serviceId, data) => {
    try {
      return await options.sync.submit(serviceId, data);
    } catch (error) {
      if (!(error instanceof DiskFullError)) throw error;
      // Nothing was saved, so nothing is lost: the resident hears so in plain words and may try
      // again; the technician sees the alert.
      if (
        alerts.raise({
          code: "disk-full",
          zh: "本机存储空间已满",
          en: "the kiosk's disk is full",
          at: now().toISOString(),
        })
      ) {
        logger.error({ serviceId }, "the kiosk's disk is full: a submission could not be saved");
      }
      throw new KioskCallError("failed", `disk-full: ${error.messageZh} ${error.message}`, {
        "zh-CN": error.messageZh,
        en: error.message,
      });
    }
  };
  // One gate for the menu and raw printing; its lockout is kept in the store across restarts.
  const gate = new MaintenanceGate(options.maintenancePin, clock, {
    memory: options.maintenanceRecords.gate,
  });
  const receipts = new SessionReceipts(sessions);
  const menuVisit = new MenuVisit(sessions, () => {
    reader.rereadCard();
  });
  const config = (): KioskConfig => settings.config();
  const services = serviceHandlers({
    settings,
    sessions,
    identity,
    submit,
    central: options.centralClient,
    // As the page's status says it, but only once the first attempt to reach central has ended.
    online: async () => {
      await options.central.settled;
      return options.sync.status().online;
    },
    log: options.logger,
    now,
  });
  // The receipts these calls make are kept for the session, for printReceipt to print.
  const centralOnline = async (): Promise<boolean> => {
    await options.central.settled;
    return options.sync.status().online;
  };
  const withReceipts = {
    ...services,
    ...keepingReceipts(services, receipts),
    sendReferenceSms: referenceSms({
      receipts,
      central: options.centralClient,
      online: centralOnline,
    }),
  };
  const payments = new PaymentDesk(
    {
      db: options.paymentsDb,
      central: options.centralClient,
      catalog: () => settings.catalog(),
      config,
      identity,
      online: centralOnline,
      now,
    },
    sessions,
  );
  const tools =
    options.maintenanceTools ??
    memoryTools(tmpdir(), {
      reader: { port: options.reader.status().port, baudRate: options.reader.baudRate },
      printer: {
        port: options.printer.status().connection === "sim" ? "sim" : options.printer.status().port,
        baudRate: options.printer.baudRate,
      },
    });
  const audit = (code: string, detail?: Record<string, unknown>): void => {
    options.maintenanceRecords.audit(code, detail);
  };
  const diagnostics: DiagnosticParts = {
    reader: options.reader,
    printer: options.printer,
    sync: options.sync,
    settings,
    configState: () => tools.configState(),
    configHistory: () => tools.configHistory(),
    localLayer: () => tools.localLayer.load(),
    central: { mode: options.central.mode, url: options.central.url },
    listPorts: () => tools.listPorts(),
    recentLog: () => recentLogLines(),
    dataDir: tools.dataDir,
    appVersion: options.appVersion,
    shell: options.shell,
    startedAt,
    now,
  };
  const menu = maintenanceHandlers(gate, {
    reader: options.reader,
    printer: options.printer,
    sync: options.sync,
    now,
    rollBackConfig: () => tools.rollBackConfig(),
    ...(tools.restartApp === undefined ? {} : { restartApp: tools.restartApp }),
    status,
    endResidentSession: () => {
      menuVisit.leave();
    },
    audit,
    alerts: () => alerts.list(),
    payments: () => recentPayments(options.paymentsDb, RECENT_PAYMENTS),
    config: () => ({ version: settings.version(), digest: settings.digest(), sources: settings.sources() }),
  });
  const handlers: KioskHandlers = {
    getStatus: () => status(),
    ...settingsHandlers(() => settings.config()),
    ...catalogHandlers(() => {
      const catalog = settings.catalog();
      return {
        version: catalog.version,
        services: () => catalog.services(),
        mostUsed: () => mostUsedTiles(catalog, options.popularRanking?.(), clock.now()),
      };
    }),
    ...sessionHandlers(sessions, { identity, rereadCard: () => reader.rereadCard() }),
    ...withReceipts,
    ...receiptHandlers(options.printer, receipts, config),
    ...paymentHandlers(payments, receipts),
    ...printingHandlers(options.printer, { gate, config }),
    ...menu,
    // The resident's session open at unlock carries on when the menu closes (MenuVisit).
    unlockMaintenance: async (request) => {
      const result = await menu.unlockMaintenance(request);
      if (result.ok) menuVisit.enter();
      return result;
    },
    ...diagnosticHandlers(gate, {
      diagnostics,
      devices: new DeviceChoices({ reader: options.reader, printer: options.printer, tools, audit }),
      centralClient: options.centralClient,
      audit,
    }),
  };

  return {
    handlers,
    events,
    sessions,
    options,
    status,
    remoteRequests: {
      supportPacket: () => buildSupportPacket(diagnostics, [], undefined),
      record: (outcome) => {
        audit("remote-request", { ...outcome });
      },
    },
    async start() {
      await Promise.all([reader.start(), printer.start()]);
      logger.info({ central: options.central.mode }, "kiosk runtime started");
      // The id is logged once the first enrollment attempt has settled: before that it is the
      // local placeholder, which a first start replaces with the id the central assigns (the
      // one `fleet kiosks` shows), and a log naming both would send an operator looking twice.
      void options.central.settled.then(() => {
        if (!stopped) logger.info({ kioskId: options.kioskId() }, "kiosk id");
      });
    },
    async stop() {
      stopped = true;
      sessions.endAny("cancel");
      for (const off of unsubscribers) off();
      await Promise.all([reader.stop(), printer.stop()]);
    },
  };
}
