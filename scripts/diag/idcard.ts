import * as z from "zod";
import { CardReaderService } from "../../core/devices/reader/card-reader-service";
import type { ReaderErrorInfo } from "../../drivers/idcard/errors";
import { type IdentityRecord, maskIdNumber } from "../../drivers/idcard/identity";
import { parseCommandArgs } from "../cli/args";

const Flags = z.object({
  port: z.string().min(1, "is required (a device path, hid:/dev/hidrawN, or sim)"),
  baud: z.coerce.number().int().positive().default(115200),
  "timeout-ms": z.coerce.number().int().positive().default(30_000),
  "auto-baud": z.boolean().default(false),
  json: z.boolean().default(false),
});

const USAGE = `usage: npm run --silent diag -- idcard --port PATH [--baud N] [--auto-baud] [--timeout-ms N] [--json]
Waits for a card on the reader and prints its record, the ID number masked (--json: the record
as JSON). PATH is a serial device (/dev/ttyUSB0, /dev/ttyACM0, COM3 on Windows), hid:/dev/hidrawN
for a USB HID reader (see: diag list), or sim for the built-in simulator. --baud defaults to
115200, the SAM's factory rate; --auto-baud tries 115200, 57600, 38400, 19200 and 9600 and says
which answered (then set KIOSK_READER_BAUD to it). "permission denied" on Linux: add the kiosk's
user to the dialout group (serial) or give it the hidraw device with a udev rule (HID).
Exit codes: 0 a card was read, 1 bad usage or the port cannot be used, 2 no card within
--timeout-ms (default 30000), 3 the reader did not come online or failed.
`;

export const summary = "waits for a card on the reader and prints its masked record";

type Outcome =
  | { kind: "card"; record: IdentityRecord }
  | { kind: "error"; error: ReaderErrorInfo }
  | { kind: "timeout" };

/**
 * Waits for a card and prints its identity record: one JSON object with --json, else a short
 * summary with the ID number masked. Exit 0 with a record, 2 when no card came before the
 * timeout, 3 for a device or protocol error (message on stderr), 1 for bad usage.
 */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    {
      name: "diag idcard",
      usage: USAGE,
      options: {
        port: { type: "string" },
        baud: { type: "string" },
        "timeout-ms": { type: "string" },
        "auto-baud": { type: "boolean" },
        json: { type: "boolean" },
      },
      check: (v) => Flags.parse({ port: "", ...v }),
      usageExitCode: 1,
    },
    argv,
  );
  if (!parsed.ok) return parsed.exitCode;
  const flags = parsed.values;
  let service: CardReaderService;
  try {
    service = new CardReaderService({
      port: flags.port,
      baudRate: flags.baud,
      autoBaud: flags["auto-baud"],
      pollIntervalMs: 300,
    });
  } catch (error) {
    process.stderr.write(`diag idcard: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }

  const outcome = await new Promise<Outcome>((resolve) => {
    const timer = setTimeout(() => resolve({ kind: "timeout" }), flags["timeout-ms"]);
    const done = (o: Outcome): void => {
      clearTimeout(timer);
      resolve(o);
    };
    service.on("card-read", (record, photo) => {
      photo.wipe(); // the diag never needs the photo
      done({ kind: "card", record });
    });
    service.on("reader-error", (error) => done({ kind: "error", error }));
    service.on("reader-offline", (error) => done({ kind: "error", error }));
    service.on("reader-online", ({ baudRate, samId }) => {
      if (flags.json) return;
      const sam = samId ?? "ID unknown";
      process.stderr.write(`reader online at ${flags.port} (${baudRate} baud, SAM ${sam}); place a card…\n`);
    });
    void service.start();
  });
  const state = service.status();
  await service.stop();

  switch (outcome.kind) {
    case "card":
      process.stdout.write(
        flags.json ? `${JSON.stringify(outcome.record)}\n` : recordSummary(outcome.record),
      );
      return 0;
    case "error":
      process.stderr.write(`diag idcard: ${outcome.error.en}\n${outcome.error.zh}\n`);
      return 3;
    case "timeout":
      if (state.state === "online") {
        process.stderr.write(`diag idcard: no card within ${flags["timeout-ms"]} ms\n`);
        return 2;
      }
      process.stderr.write(
        `diag idcard: the reader at ${flags.port} did not come online (${state.lastError ?? "no answer"})\n`,
      );
      return 3;
  }
}

/** A readable summary for technicians: no address, ID number masked. */
function recordSummary(r: IdentityRecord): string {
  const lines = [
    `证件类型 card type   ${r.cardType}`,
    `姓名 name            ${r.name}`,
    `性别 sex             ${r.sex} (${r.sexCode})`,
    ...(r.nation === undefined ? [] : [`民族 nation          ${r.nation}`]),
    `出生 birth date      ${r.birthDate}`,
    `证件号码 ID number   ${maskIdNumber(r.idNumber)} (${r.idNumberValid ? "校验通过 check OK" : "校验失败 CHECK FAILED"})`,
    ...(r.authority === undefined ? [] : [`签发机关 authority   ${r.authority}`]),
    `有效期 valid         ${r.validFrom} – ${r.validTo}`,
    `照片 photo           WLT ${r.photo.bytes} bytes (kept in memory only, not decoded)`,
  ];
  return `${lines.join("\n")}\n`;
}
