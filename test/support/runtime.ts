import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultConfig } from "../../kiosk-config/config/schema";
import type { Clock } from "../../core/clock";
import { PrinterService } from "../../core/devices/printer/printer-service";
import { CardReaderService } from "../../core/devices/reader/card-reader-service";
import { createLogger, type Logger } from "../../core/log";
import { createKioskRuntime, type KioskRuntime } from "../../core/runtime";
import type { SyncLink } from "../../core/sync/sync-link";
import { KioskCallError } from "../../core/api";
import { fixedSettings } from "../../core/config/kiosk-settings";
import { type MaintenanceRecords, storeRecords } from "../../core/maintenance/records";
import { openDatabase } from "../../core/store/open";

/** The technician PIN of test runtimes. */
export const TEST_PIN = "246810";

export const tempDir = (prefix = "kiosk-test-"): string => mkdtempSync(join(tmpdir(), prefix));

/** A sync link that has never reached a central service: offline, and submissions refused. */
export const offlineSync: SyncLink = {
  status: () => ({
    enrolled: false,
    online: false,
    lastContact: null,
    lastError: null,
    outboxDepth: 0,
    rejected: [],
    parked: [],
    serverTimeOffsetMs: 0,
    catalogState: null,
  }),
  on: () => () => undefined,
  submit: () => Promise.reject(new Error("offline test runtime")),
  syncNow: () => Promise.resolve({ sent: 0, rejected: 0, waitingUntil: null }),
  retryParked: () => false,
  discardParked: () => false,
};

/**
 * A real runtime on the built-in catalog with the built-in simulated reader and printer (in
 * memory), not started, and an offline sync link unless a test passes a real one.
 */
export function testRuntime(
  options: {
    clock?: Clock;
    sync?: SyncLink;
    centralSettled?: Promise<void>;
    /** Default: a fresh store in a temp folder. */
    records?: MaintenanceRecords;
    logger?: Logger;
  } = {},
): KioskRuntime {
  const store = openDatabase(join(tempDir("kiosk-store-"), "kiosk.db")).db;
  return createKioskRuntime({
    shell: "web",
    appVersion: "0.0.0-test",
    kioskId: () => "00000000-0000-4000-8000-000000000001",
    settings: fixedSettings(defaultConfig),
    central: {
      mode: "remote",
      url: () => "http://127.0.0.1:9",
      settled: options.centralSettled ?? Promise.resolve(),
    },
    reader: new CardReaderService({ port: "sim" }),
    printer: new PrinterService({ port: "sim" }),
    sync: options.sync ?? offlineSync,
    centralClient: () => Promise.reject(new KioskCallError("not-enrolled", "not enrolled (test runtime)")),
    paymentsDb: store,
    maintenancePin: TEST_PIN,
    maintenanceRecords: options.records ?? storeRecords(store, () => new Date()),
    logger: options.logger ?? createLogger("silent"),
    ...(options.clock ? { clock: options.clock } : {}),
  });
}
