import { join } from "node:path";
import * as z from "zod";
// The one file, not the whole contract (central/protocol.ts): this module is on the path to the
// web shell's first listen, before which every schema built is time off the attract screen.
import { ReleaseChannel } from "../../central/protocol/updates";

/** Where the kiosk is installed on Linux unless KIOSK_INSTALL_ROOT says otherwise (core/update/install-folder.ts). */
export const DEFAULT_INSTALL_ROOT = "/opt/efuzhou-kiosk";

/**
 * The KIOSK_* environment variables (docs/architecture.md "Run modes"), parsed once at start-up.
 * A bad value stops the start with a message naming the variable, never a silent default.
 */
const Port = z.coerce.number().int().min(0).max(65535);
const Baud = z.coerce
  .number()
  .int()
  .refine((n) => [9600, 19200, 38400, 57600, 115200].includes(n), {
    error: "must be one of 9600, 19200, 38400, 57600, 115200",
  });
const DevicePort = z.string().min(1);

/** Hosts that never leave this machine: plain http to them cannot be read on the wire. */
function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || host === "::1" || /^127(?:\.\d{1,3}){3}$/.test(host);
}

// Residents' answers and the catalog they are asked travel this link: a remote central is reached
// only over TLS, so nobody on the station's network can read or rewrite them.
const CentralUrl = z
  .url({ protocol: /^https?$/ })
  .refine((url) => new URL(url).protocol === "https:" || isLoopbackHost(new URL(url).hostname), {
    error: "must be https:// (plain http:// is allowed only for a loopback address such as 127.0.0.1)",
  });

const EnvSchema = z.object({
  KIOSK_SHELL: z.enum(["web", "electron", "auto"]).default("auto"),
  KIOSK_PORT: Port.default(5170),
  KIOSK_DATA_DIR: z.string().min(1).optional(),
  KIOSK_READER_PORT: DevicePort.default("sim"),
  KIOSK_READER_BAUD: Baud.default(115200),
  KIOSK_PRINTER_PORT: DevicePort.default("sim"),
  KIOSK_PRINTER_BAUD: Baud.default(115200),
  KIOSK_CENTRAL_URL: CentralUrl.optional(),
  KIOSK_ENROLLMENT_CODE: z.string().min(1).optional(),
  KIOSK_PAGE_WATCHDOG_S: z.coerce.number().min(1).max(600).optional(),
  KIOSK_UPDATE_CHANNEL: ReleaseChannel.default("stable"),
  KIOSK_INSTALL_ROOT: z.string().min(1).default(DEFAULT_INSTALL_ROOT),
});

export interface KioskEnv {
  /** Which shell `npm start` should run; default "auto" (Electron where installed, else web). */
  shell: "web" | "electron" | "auto";
  /** Web-shell port on 127.0.0.1; default 5170 (0 picks a free port, for tests). */
  port: number;
  /** Folder for the SQLite store, keys and token; default ./var/kiosk. */
  dataDir: string;
  /** ID-card reader: a device path or "sim"; default "sim". */
  readerPort: string;
  /** Reader baud rate; default 115200. */
  readerBaud: number;
  /** Printer: a device path or "sim"; default "sim". */
  printerPort: string;
  /** Printer baud rate; default 115200. */
  printerBaud: number;
  /** Central service; absent = embedded central in-process. */
  centralUrl: string | undefined;
  /** One-time enrollment code for a remote central. */
  enrollmentCode: string | undefined;
  /**
   * Web shell: seconds a page may leave core's pings unanswered before core cuts it off and ends
   * its session; default 15 (pinged every third of that).
   */
  pageWatchdogSeconds?: number;
  /** Release channel whose app updates the kiosk takes from central; default "stable". */
  updateChannel: string;
  /** The web shell's versioned install folder on Linux (core/update/install-folder.ts); default /opt/efuzhou-kiosk. */
  installRoot: string;
}

export class EnvError extends Error {
  override name = "EnvError";
}

export function parseKioskEnv(env: Record<string, string | undefined>, cwd: string): KioskEnv {
  const relevant = Object.fromEntries(
    Object.entries(env).filter(
      ([key, value]) => key.startsWith("KIOSK_") && value !== undefined && value !== "",
    ),
  );
  const result = EnvSchema.safeParse(relevant);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`invalid environment: ${problems.join("; ")}`);
  }
  const e = result.data;
  return {
    shell: e.KIOSK_SHELL,
    port: e.KIOSK_PORT,
    dataDir: e.KIOSK_DATA_DIR ?? join(cwd, "var", "kiosk"),
    readerPort: e.KIOSK_READER_PORT,
    readerBaud: e.KIOSK_READER_BAUD,
    printerPort: e.KIOSK_PRINTER_PORT,
    printerBaud: e.KIOSK_PRINTER_BAUD,
    centralUrl: e.KIOSK_CENTRAL_URL,
    enrollmentCode: e.KIOSK_ENROLLMENT_CODE,
    ...(e.KIOSK_PAGE_WATCHDOG_S === undefined ? {} : { pageWatchdogSeconds: e.KIOSK_PAGE_WATCHDOG_S }),
    updateChannel: e.KIOSK_UPDATE_CHANNEL,
    installRoot: e.KIOSK_INSTALL_ROOT,
  };
}
