import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * A subcommand module: `scripts/<tool>/<name>.ts` exporting `run(argv)` → exit code, and a
 * one-line `summary` for the tool's help.
 */
export interface Subcommand {
  run(argv: string[]): Promise<number>;
  summary?: string;
}

/** What each tool is for, above its list of commands. */
const ABOUT: Record<string, string> = {
  diag: "Technicians' diagnostics on the devices themselves (the kiosk need not run; stop it first, a port has one owner).",
  sim: "Virtual devices on a pseudo-terminal, for trying the kiosk and diag without hardware.",
  fleet:
    "Fleet administration, straight on the central database (CENTRAL_DB, default ./var/central.db, or a postgres:// URL); the central service may be running or not.",
};

/**
 * Runs `<tool> <name> [args…]` by loading `scripts/<tool>/<name>.ts`.
 *
 * Why discovery rather than a switch: each device or domain adds its own file without touching a
 * shared list, and an unknown name gets a clear message listing what exists.
 */
export async function runSubcommand(tool: string, argv: string[]): Promise<never> {
  const dir = join(dirname(fileURLToPath(import.meta.url)), tool);
  const known = readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.startsWith("_"))
    .map((f) => f.slice(0, -3))
    .sort();
  const load = async (name: string): Promise<Subcommand> =>
    (await import(join(dir, `${name}.ts`))) as Subcommand;
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    const help = await helpText(tool, known, load);
    // No command at all is a usage error (2, on stderr); asking for help is not (0, on stdout).
    if (name === undefined) process.stderr.write(help);
    else process.stdout.write(help);
    process.exit(name === undefined ? 2 : 0);
  }
  if (!known.includes(name)) {
    process.stderr.write(
      `${tool}: unknown command "${name}"\nusage: npm run --silent ${tool} -- <${known.join("|")}> [options]\n` +
        `(npm run --silent ${tool} -- --help says what each does)\n`,
    );
    process.exit(2);
  }
  process.exit(await (await load(name)).run(rest));
}

async function helpText(
  tool: string,
  known: string[],
  load: (name: string) => Promise<Subcommand>,
): Promise<string> {
  const lines = [`usage: npm run --silent ${tool} -- <command> [options]`];
  const about = ABOUT[tool];
  if (about !== undefined) lines.push(about);
  lines.push("", "commands:");
  const width = Math.max(...known.map((k) => k.length));
  for (const name of known)
    lines.push(`  ${name.padEnd(width)}  ${(await load(name)).summary ?? ""}`.trimEnd());
  lines.push("", `npm run --silent ${tool} -- <command> --help shows a command's options.`);
  return `${lines.join("\n")}\n`;
}
