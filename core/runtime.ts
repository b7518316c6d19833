import type { KioskConfig } from "../kiosk-config/config/schema";
import type { KioskStatus } from "./api";
import { CentralLink } from "./central-link";
import { type Clock, systemClock } from "./clock";
import type { DeviceMonitor } from "./devices/device-monitor";
import { KioskEvents } from "./events";
import { type CatalogSource, catalogHandlers } from "./handlers/catalog";
import { sessionHandlers } from "./handlers/session";
import { settingsHandlers } from "./handlers/settings";
import type { Logger } from "./log";
import type { KioskHandlers } from "./rpc";
import { SessionManager } from "./session/session-manager";

/** Everything the runtime is built from; the composition root (scripts/kiosk.ts or Electron main) supplies it. */
export interface RuntimeOptions {
  /** Which shell hosts this runtime; reported in the status. */
  shell: "web" | "electron";
  appVersion: string;
  kioskId: string;
  config: KioskConfig;
  configVersion: number;
  catalog: CatalogSource;
  central: { mode: "embedded" | "remote"; url: string };
  devices: { reader: DeviceMonitor; printer: DeviceMonitor };
  logger: Logger;
  /** Default: the system clock. */
  clock?: Clock;
}

export interface KioskRuntime {
  readonly handlers: KioskHandlers;
  readonly events: KioskEvents;
  readonly sessions: SessionManager;
  status(): KioskStatus;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The kiosk runtime: plain Node, the same under both shells. It joins the per-domain handler
 * maps into the one KioskApi surface and turns device and network changes into events.
 */
export function createKioskRuntime(options: RuntimeOptions): KioskRuntime {
  const clock = options.clock ?? systemClock;
  const events = new KioskEvents();
  const { config } = options;
  const sessions = new SessionManager(events, clock, {
    // Core's own safety net behind the page's idle warning: warn + countdown + 30 s of grace.
    expireAfterMs:
      (Math.max(config.idle.warnSeconds, config.idle.attractReturnSeconds) +
        config.idle.countdownSeconds +
        30) *
      1000,
  });
  const central = new CentralLink({ url: options.central.url }, clock);
  const startedAt = new Date(clock.now()).toISOString();

  const status = (): KioskStatus => ({
    kioskId: options.kioskId,
    kioskName: config.kioskName,
    shell: options.shell,
    versions: { app: options.appVersion, config: options.configVersion, catalog: options.catalog.version },
    online: central.online,
    central: { mode: options.central.mode, url: options.central.url, lastContact: central.lastContact },
    devices: { reader: options.devices.reader.status(), printer: options.devices.printer.status() },
    sessionActive: sessions.current !== null,
    startedAt,
  });

  const announce = (): void => {
    events.emit("status-changed", status());
  };
  const unsubscribers = [
    central.onChange(announce),
    options.devices.reader.onChange(announce),
    options.devices.printer.onChange(announce),
    events.on("session-started", announce),
    events.on("session-ended", announce),
  ];

  const handlers: KioskHandlers = {
    getStatus: () => status(),
    ...settingsHandlers(() => config),
    ...catalogHandlers(options.catalog),
    ...sessionHandlers(sessions),
  };

  return {
    handlers,
    events,
    sessions,
    status,
    async start() {
      await Promise.all([options.devices.reader.start(), options.devices.printer.start()]);
      await central.start();
      options.logger.info({ kioskId: options.kioskId, central: options.central }, "kiosk runtime started");
    },
    async stop() {
      sessions.endAny("cancel");
      central.stop();
      for (const off of unsubscribers) off();
      await Promise.all([options.devices.reader.stop(), options.devices.printer.stop()]);
    },
  };
}
