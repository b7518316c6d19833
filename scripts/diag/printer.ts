import * as z from "zod";
import { encodeDocument } from "../../drivers/printer/encoder";
import { printFailureMessages } from "../../drivers/printer/messages";
import { EscPosPrinter } from "../../drivers/printer/printer";
import { testPageDocument } from "../../drivers/printer/test-page";
import { openSerial } from "../../drivers/transport/serial";
import type { ByteTransport } from "../../drivers/transport/types";
import { openUsbLp } from "../../drivers/transport/usblp";
import { parseCommandArgs } from "../cli/args";

const Flags = z
  .object({
    port: z.string({ error: "--port PATH is required" }).min(1, "--port PATH is required"),
    baud: z.coerce.number().int().min(1200).max(921600).default(115200),
    flow: z.enum(["none", "rtscts", "xonxoff"]).default("none"),
    status: z.boolean().default(false),
    json: z.boolean().default(false),
    "print-test": z.boolean().default(false),
    "timeout-ms": z.coerce.number().int().min(100).default(15_000),
    "query-timeout-ms": z.coerce.number().int().min(20).default(1000),
  })
  .refine((f) => f.status || f["print-test"], {
    error: "choose --status and/or --print-test",
    path: ["status"],
  });

const USAGE = `usage: npm run --silent diag -- printer --port PATH [--baud N] [--flow none|rtscts|xonxoff] (--status [--json] | --print-test [--timeout-ms N])
--status asks the printer for its state (online, paper, cover, errors); --json prints it as JSON.
--print-test prints the test page (fonts, Chinese, QR, barcode, cut) and waits until the printer
confirms it. PATH is a serial device (/dev/ttyUSB0, COM3 on Windows) or a USB printer-class
device (/dev/usb/lp0). --baud defaults to 115200 (many printers ship at 9600 or 38400: it is on
the printer's self-test slip, printed by holding FEED while switching it on); --flow must match
the printer's handshake setting. "permission denied" on Linux: add the kiosk's user to the
dialout group (serial) or lp group (/dev/usb/lp*).
Exit codes: 0 done, 1 bad usage, 2 printer unreachable or silent, 3 the job failed.
`;

export const summary = "asks the printer for its status, or prints the test page";

/** Exit codes: 0 done, 1 bad flags, 2 printer unreachable or silent, 3 the job failed. */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    {
      name: "diag printer",
      usage: USAGE,
      options: {
        port: { type: "string" },
        baud: { type: "string" },
        flow: { type: "string" },
        status: { type: "boolean" },
        json: { type: "boolean" },
        "print-test": { type: "boolean" },
        "timeout-ms": { type: "string" },
        "query-timeout-ms": { type: "string" },
      },
      check: (v) => Flags.parse(v),
      usageExitCode: 1,
    },
    argv,
  );
  if (!parsed.ok) return parsed.exitCode;
  const flags = parsed.values;
  const fail = (code: number, message: string): number => {
    if (flags.json && flags.status) {
      process.stdout.write(
        `${JSON.stringify({ online: false, paper: null, coverOpen: null, error: message })}\n`,
      );
    } else {
      process.stderr.write(`diag printer: ${message}\n`);
    }
    return code;
  };

  let transport: ByteTransport;
  try {
    transport = /^\/dev\/usb\/lp\d+$/.test(flags.port)
      ? await openUsbLp({ path: flags.port })
      : await openSerial({
          path: flags.port,
          baudRate: flags.baud,
          rtscts: flags.flow === "rtscts",
          xon: flags.flow === "xonxoff",
        });
  } catch (error) {
    return fail(
      2,
      `cannot open ${flags.port}: ${error instanceof Error ? error.message : String(error)} (无法打开打印机端口)`,
    );
  }
  try {
    const printer = new EscPosPrinter(transport, {
      baudRate: flags.baud,
      jobTimeoutMs: flags["timeout-ms"],
      queryTimeoutMs: flags["query-timeout-ms"],
    });
    if (flags.status) {
      let status;
      try {
        status = await printer.queryStatus();
      } catch (error) {
        return fail(2, error instanceof Error ? error.message : String(error));
      }
      if (flags.json) process.stdout.write(`${JSON.stringify(status)}\n`);
      else {
        process.stdout.write(
          `online: ${status.online}\npaper: ${status.paper}\ncover open: ${status.coverOpen}\nerror: ${status.error ?? "none"}\n`,
        );
      }
    }
    if (flags["print-test"]) {
      try {
        await printer.open();
      } catch (error) {
        return fail(2, error instanceof Error ? error.message : String(error));
      }
      const started = performance.now();
      const result = await printer.print(encodeDocument(testPageDocument(new Date(), flags.port)));
      if (!result.ok) {
        const words = printFailureMessages[result.reason];
        process.stderr.write(
          `diag printer: test print failed: ${result.reason}: ${result.detail}\n${words.en}\n${words.zh}\n`,
        );
        return 3;
      }
      const ms = Math.round(performance.now() - started);
      const line = `test ticket printed and confirmed by the printer (${result.confirmedBy}) in ${ms} ms`;
      if (flags.json && !flags.status)
        process.stdout.write(`${JSON.stringify({ printed: true, confirmedBy: result.confirmedBy, ms })}\n`);
      else process.stderr.write(`${line}\n`);
    }
    return 0;
  } finally {
    await transport.close();
  }
}
