import { createInterface } from "node:readline";
import * as z from "zod";
import { CardType } from "../../drivers/idcard/identity";
import { maskIdNumber } from "../../drivers/idcard/identity";
import { openPtyPair, type PtyPair } from "../../drivers/sim/pty";
import { FAULT_KINDS, isFaultKind } from "../../drivers/sim/reader/faults";
import { ReaderSimulator } from "../../drivers/sim/reader/simulator";
import { openSerial } from "../../drivers/transport/serial";
import { parseCommandArgs } from "../cli/args";

const Flags = z.object({
  baud: z.coerce.number().int().positive().default(115200),
  "delay-ms": z.coerce.number().int().min(0).default(50),
  seed: z.coerce.number().int().optional(),
  "replug-ms": z.coerce.number().int().min(0).default(1000),
});

const HELP = `commands:
  place [${CardType.options.join("|")}]   put a new synthetic card on the reader
  remove                                     take the card away
  fault <${FAULT_KINDS.join("|")}> [times]
  state                                      show the simulator state
  help`;

const USAGE = `usage: npm run sim -- reader [--baud N] [--delay-ms N] [--seed N] [--replug-ms N]
A virtual ID-card reader (SAM) on a pseudo-terminal. The first line printed is the device path:
give it to the kiosk (KIOSK_READER_PORT) or to diag idcard --port. Then type commands:
${HELP}
--baud is the rate it answers at (default 115200), --delay-ms its processing time per command
(default 50), --seed makes its synthetic cards repeatable, --replug-ms is how long "fault
disconnect" keeps it unplugged (default 1000).
`;

export const summary = "a virtual ID-card reader on a pseudo-terminal (prints its path)";

/**
 * `npm run sim -- reader [--baud N] [--delay-ms N] [--seed N] [--replug-ms N]`: a virtual SAM
 * reader on a pty pair. The first line of stdout is the device path to hand to the kiosk or
 * `diag idcard`; stdin takes commands (see HELP). "fault disconnect" unplugs the pty and plugs
 * it back in after --replug-ms at the same path.
 */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    {
      name: "sim reader",
      usage: USAGE,
      options: {
        baud: { type: "string" },
        "delay-ms": { type: "string" },
        seed: { type: "string" },
        "replug-ms": { type: "string" },
      },
      check: (v) => Flags.parse(v),
    },
    argv,
  );
  if (!parsed.ok) return parsed.exitCode;
  const flags = parsed.values;
  const say = (line: string): void => void process.stdout.write(`${line}\n`);

  let pty: PtyPair = await openPtyPair({ name: "reader" });
  const dir = pty.devicePath.slice(0, pty.devicePath.lastIndexOf("/"));
  const sim = new ReaderSimulator({
    baudRate: flags.baud,
    processingDelayMs: flags["delay-ms"],
    ...(flags.seed === undefined ? {} : { seed: flags.seed }),
    onDisconnect: async (s) => {
      s.detach();
      await pty.close();
      say("unplugged");
      await new Promise((resolve) => setTimeout(resolve, flags["replug-ms"]));
      pty = await openPtyPair({ dir, name: "reader" });
      s.attach(await openSerial({ path: pty.simPath, baudRate: flags.baud }));
      say(`replugged ${pty.devicePath}`);
    },
  });
  sim.attach(await openSerial({ path: pty.simPath, baudRate: flags.baud }));
  say(pty.devicePath);
  process.stderr.write(
    `virtual ID-card reader at ${flags.baud} baud, ${flags["delay-ms"]} ms processing\n${HELP}\n`,
  );

  const lines = createInterface({ input: process.stdin });
  lines.on("line", (line) => {
    say(command(sim, line.trim().split(/\s+/)));
  });

  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  lines.close();
  sim.detach();
  await pty.close();
  return 0;
}

function command(sim: ReaderSimulator, [verb, arg, times]: string[]): string {
  switch (verb) {
    case "place": {
      const type = arg === undefined ? undefined : CardType.safeParse(arg);
      if (type !== undefined && !type.success) return `unknown card type "${arg ?? ""}"`;
      const card = sim.placeCard(type?.data);
      return `placed ${card.record.cardType} ${maskIdNumber(card.record.idNumber)}`;
    }
    case "remove":
      sim.removeCard();
      return "removed";
    case "fault": {
      if (arg === undefined || !isFaultKind(arg)) return `unknown fault; one of ${FAULT_KINDS.join(", ")}`;
      const n = times === undefined ? 1 : Number(times);
      if (!Number.isInteger(n) || n < 1) return "times must be a positive integer";
      sim.injectFault(arg, n);
      return `fault ${arg}${n > 1 ? ` ×${n}` : ""}`;
    }
    case "state":
      return JSON.stringify(sim.state());
    case "help":
    case "":
    case undefined:
      return HELP;
    default:
      return `unknown command "${verb}"\n${HELP}`;
  }
}
