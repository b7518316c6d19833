import { probeSam } from "../../core/devices/reader/probe-sam";
import { listCandidates } from "../../drivers/transport/probe";

/**
 * `npm run --silent diag -- list [--json] [--probe]`: serial ports and HID devices a reader or
 * printer could be attached through, with VID:PID and the reader family when we recognise it.
 * Opens nothing, unless --probe asks each serial port whether a SAM answers (at each rate).
 */
export async function run(argv: string[]): Promise<number> {
  const candidates = await listCandidates();
  if (argv.includes("--probe")) {
    for (const c of candidates) {
      if (c.kind !== "serial") continue;
      const found = await probeSam(c.path);
      if (found !== null)
        c.knownModel = `ID-card SAM at ${found.baudRate} baud, SAM ${found.samId ?? "ID unknown"}`;
    }
  }
  if (argv.includes("--json")) {
    process.stdout.write(`${JSON.stringify(candidates)}\n`);
    return 0;
  }
  if (candidates.length === 0) {
    process.stdout.write("no serial ports or HID devices found\n");
    return 0;
  }
  for (const c of candidates) {
    const path = c.kind === "hid" ? `hid:${c.path}` : c.path;
    const what = [c.manufacturer, c.product].filter((s) => s !== undefined).join(" ");
    process.stdout.write(
      `${c.kind.padEnd(6)} ${path.padEnd(24)} ${(c.usbId ?? "-").padEnd(9)} ${what}${c.knownModel === undefined ? "" : `  [${c.knownModel}]`}\n`,
    );
  }
  return 0;
}
