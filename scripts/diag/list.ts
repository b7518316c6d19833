import { accessSync, constants, existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as z from "zod";
import { probeSam } from "../../core/devices/reader/probe-sam";
import { type DeviceCandidate, listCandidates } from "../../drivers/transport/probe";
import { parseCommandArgs } from "../cli/args";

const USAGE = `usage: npm run --silent diag -- list [--json] [--probe]
Lists the serial ports and HID devices a reader or printer could be attached through, with USB
VID:PID and the reader family when it is a known one. Opens nothing, unless --probe asks each
serial port whether an ID-card SAM answers, at each rate from 115200 down to 9600. HID devices are
listed as hid:/dev/hidrawN, the form KIOSK_READER_PORT and diag idcard --port take. A port this
user may not open is marked: on Linux, add the user to the dialout group (serial) or give it the
hidraw device with a udev rule. Simulators running on this machine (npm run sim -- reader /
printer) are listed too, by the path they print.
`;

export const summary = "lists serial ports and HID devices a reader or printer could use";

/** True when this process may open `path` for reading and writing (Linux permissions, mostly). */
function mayOpen(path: string): boolean {
  if (process.platform === "win32") return true;
  try {
    accessSync(path, constants.R_OK | constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The device ends of simulators running now: `npm run sim` makes a pty pair linked as
 * reader-device or printer-device in a kiosk-pty-… folder of the temporary directory. Why list them: on a machine with only simulators an
 * empty list reads as "nothing works"; a link whose pty is gone (simulator stopped) is skipped.
 */
function runningSimulators(): DeviceCandidate[] {
  const found: DeviceCandidate[] = [];
  let dirs: string[];
  try {
    dirs = readdirSync(tmpdir()).filter((d) => d.startsWith("kiosk-pty-"));
  } catch {
    return found;
  }
  for (const dir of dirs.sort()) {
    for (const [name, what] of [
      ["reader", "virtual ID-card reader (npm run sim -- reader)"],
      ["printer", "virtual printer (npm run sim -- printer)"],
    ] as const) {
      const path = join(tmpdir(), dir, `${name}-device`);
      if (existsSync(path)) found.push({ kind: "serial", path, knownModel: what });
    }
  }
  return found;
}

/**
 * `npm run --silent diag -- list [--json] [--probe]`: serial ports and HID devices a reader or
 * printer could be attached through, with VID:PID and the reader family when we recognise it.
 * Opens nothing, unless --probe asks each serial port whether a SAM answers (at each rate).
 */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    {
      name: "diag list",
      usage: USAGE,
      options: { json: { type: "boolean" }, probe: { type: "boolean" } },
      check: (v) => z.object({ json: z.boolean().optional(), probe: z.boolean().optional() }).parse(v),
      usageExitCode: 1,
    },
    argv,
  );
  if (!parsed.ok) return parsed.exitCode;
  const candidates = [...(await listCandidates()), ...runningSimulators()];
  if (parsed.values.probe === true) {
    for (const c of candidates) {
      if (c.kind !== "serial") continue;
      const found = await probeSam(c.path);
      if (found !== null)
        c.knownModel = `ID-card SAM at ${found.baudRate} baud, SAM ${found.samId ?? "ID unknown"}`;
    }
  }
  if (parsed.values.json === true) {
    process.stdout.write(`${JSON.stringify(candidates)}\n`);
    return 0;
  }
  if (candidates.length === 0) {
    process.stdout.write(
      "no serial ports or HID devices found\n" +
        "(a USB reader or printer shows here once plugged in; npm run sim -- reader / printer starts a virtual one)\n",
    );
    return 0;
  }
  let denied = 0;
  for (const c of candidates) {
    const path = c.kind === "hid" ? `hid:${c.path}` : c.path;
    const what = [c.manufacturer, c.product].filter((s) => s !== undefined).join(" ");
    const allowed = mayOpen(c.path);
    if (!allowed) denied++;
    process.stdout.write(
      `${c.kind.padEnd(6)} ${path.padEnd(24)} ${(c.usbId ?? "-").padEnd(9)} ${what}` +
        `${c.knownModel === undefined ? "" : `  [${c.knownModel}]`}${allowed ? "" : "  [no permission]"}\n`,
    );
  }
  if (denied > 0) {
    process.stdout.write(
      `${denied} device(s) this user may not open: add it to the dialout group (serial ports; log in again after) ` +
        "or give it the hidraw device with a udev rule, then run diag list again\n",
    );
  }
  return 0;
}
