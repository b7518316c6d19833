import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import * as z from "zod";
import { ticketHtml } from "../../drivers/sim/printer/html-preview";
import { ticketText } from "../../drivers/sim/printer/ticket";
import { VirtualPrinter } from "../../drivers/sim/printer/virtual-printer";
import { openPtyPair, type PtyPair } from "../../drivers/sim/pty";
import { openSerial } from "../../drivers/transport/serial";
import { parseCommandArgs } from "../cli/args";

const Flags = z.object({
  baud: z.coerce.number().int().positive().default(115200),
  "html-dir": z.string().min(1).optional(),
  "replug-ms": z.coerce.number().int().min(0).default(1000),
});

const HELP = `commands:
  paper ok|near-end|out    paper sensor
  cover open|closed        printer cover
  slow on|off              print at 20 mm/s, or instantly
  error none|autocutter|mechanical|unrecoverable|auto-recoverable
  unplug                   pull the cable; it returns after --replug-ms at the same path
  state                    show the printer state
  help`;

const USAGE = `usage: npm run sim -- printer [--baud N] [--html-dir DIR] [--replug-ms N]
A virtual ESC/POS receipt printer on a pseudo-terminal. The first line printed is the device
path: give it to the kiosk (KIOSK_PRINTER_PORT) or to diag printer --port. Each ticket it prints
follows as text (and as an HTML page in --html-dir, if given). Then type commands:
${HELP}
`;

export const summary = "a virtual receipt printer on a pseudo-terminal (prints its path, then each ticket)";

/**
 * `npm run sim -- printer [--baud N] [--html-dir DIR] [--replug-ms N]`: a virtual ESC/POS printer
 * on a pty pair. The first line of stdout is the device path to hand to the kiosk or
 * `diag printer`; every ticket it prints follows on stdout as text; stdin takes commands (HELP).
 */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    {
      name: "sim printer",
      usage: USAGE,
      options: { baud: { type: "string" }, "html-dir": { type: "string" }, "replug-ms": { type: "string" } },
      check: (v) => Flags.parse(v),
    },
    argv,
  );
  if (!parsed.ok) return parsed.exitCode;
  const flags = parsed.values;
  const say = (line: string): void => void process.stdout.write(`${line}\n`);

  let pty: PtyPair = await openPtyPair({ name: "printer" });
  const dir = pty.devicePath.slice(0, pty.devicePath.lastIndexOf("/"));
  const sim = new VirtualPrinter({ baudRate: flags.baud });
  sim.attach(await openSerial({ path: pty.simPath, baudRate: flags.baud }));
  say(pty.devicePath);
  process.stderr.write(`virtual ESC/POS printer at ${flags.baud} baud\n${HELP}\n`);

  let count = 0;
  sim.onTicket((ticket) => {
    count += 1;
    say(`--- ticket ${count} (${ticket.cut} cut${ticket.fedBeforeCut ? "" : ", NO FEED"}) ---`);
    say(ticketText(ticket));
    say(`--- end of ticket ${count} ---`);
    const htmlDir = flags["html-dir"];
    if (htmlDir !== undefined) {
      const file = join(htmlDir, `ticket-${String(count).padStart(4, "0")}.html`);
      void mkdir(htmlDir, { recursive: true })
        .then(() => writeFile(file, ticketHtml(ticket)))
        .then(() => process.stderr.write(`preview: ${file}\n`));
    }
  });

  const unplug = async (): Promise<void> => {
    await sim.disconnect();
    await pty.close();
    say("unplugged");
    await new Promise((resolve) => setTimeout(resolve, flags["replug-ms"]));
    pty = await openPtyPair({ dir, name: "printer" });
    sim.reconnect();
    sim.attach(await openSerial({ path: pty.simPath, baudRate: flags.baud }));
    say(`replugged ${pty.devicePath}`);
  };

  const lines = createInterface({ input: process.stdin });
  lines.on("line", (line) => {
    const [verb, arg] = line.trim().split(/\s+/);
    if (verb === "unplug") {
      void unplug();
      return;
    }
    say(command(sim, verb, arg));
  });

  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  lines.close();
  await sim.disconnect();
  await pty.close();
  return 0;
}

function command(sim: VirtualPrinter, verb: string | undefined, arg: string | undefined): string {
  switch (verb) {
    case "paper":
      if (arg !== "ok" && arg !== "near-end" && arg !== "out") return "paper ok|near-end|out";
      sim.setPaper(arg);
      return `paper ${arg}`;
    case "cover":
      if (arg !== "open" && arg !== "closed") return "cover open|closed";
      sim.setCoverOpen(arg === "open");
      return `cover ${arg}`;
    case "slow":
      if (arg !== "on" && arg !== "off") return "slow on|off";
      sim.setSpeed(arg === "on" ? "slow" : "fast");
      return `slow ${arg}`;
    case "error": {
      const kinds = ["autocutter", "mechanical", "unrecoverable", "auto-recoverable"] as const;
      const kind = kinds.find((k) => k === arg);
      if (arg !== "none" && kind === undefined) return `error none|${kinds.join("|")}`;
      sim.setError(kind ?? null);
      return `error ${arg ?? "none"}`;
    }
    case "state":
      return JSON.stringify(sim.status());
    case "help":
    case "":
    case undefined:
      return HELP;
    default:
      return `unknown command "${verb}"\n${HELP}`;
  }
}
