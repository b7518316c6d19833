import type { LocalConfigLayer } from "../../../kiosk-config/config/local-layer";
import type {
  DiagnosticDetail,
  DiagnosticId,
  DiagnosticResult,
  Message,
  PortCandidate,
  Verdict,
} from "../../api";
import type { KioskSettings } from "../../config/kiosk-settings";
import type { PrinterService } from "../../devices/printer/printer-service";
import type { CardReaderService } from "../../devices/reader/card-reader-service";
import type { ConfigHistoryRow } from "../../store/rows";
import type { SyncLink } from "../../sync/sync-link";

/** What the diagnostics may look at. Read-only, except the reader's test read and the test page. */
export interface DiagnosticParts {
  reader: CardReaderService;
  printer: PrinterService;
  sync: SyncLink;
  settings: KioskSettings;
  /** What the heartbeat says of config: ok, config_stale, rolled_back, rejected:…; undefined before any. */
  configState: () => string | undefined;
  /** The config history, newest first. */
  configHistory: () => ConfigHistoryRow[];
  /** The technician's saved local layer (device ports). */
  localLayer: () => LocalConfigLayer;
  /** The configured central service; url "" while the embedded one starts. */
  central: { mode: "embedded" | "remote"; url: () => string };
  /** Serial ports and HID devices the OS lists now. */
  listPorts: () => Promise<PortCandidate[]>;
  /** Recent warning and error log lines, masked, oldest first. */
  recentLog: () => string[];
  dataDir: string;
  appVersion: string;
  shell: "web" | "electron";
  startedAt: string;
  now: () => Date;
}

/** One diagnostic: its own file in this folder, listed once in index.ts. */
export interface Diagnostic {
  id: DiagnosticId;
  label: Message;
  /** What the one-tap test does, in plain words. */
  hint: Message;
  run(parts: DiagnosticParts): Promise<Omit<DiagnosticResult, "id" | "at">>;
}

export const text = (zh: string, en: string): Message => ({ "zh-CN": zh, en });

export const detail = (zh: string, en: string, value: string | number): DiagnosticDetail => ({
  label: text(zh, en),
  value: String(value),
});

export function verdictOf(fails: boolean, warns: boolean): Verdict {
  return fails ? "fail" : warns ? "warn" : "ok";
}
