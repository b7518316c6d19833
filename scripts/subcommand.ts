import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** A subcommand module: `scripts/<tool>/<name>.ts` exporting `run(argv)` → exit code. */
export interface Subcommand {
  run(argv: string[]): Promise<number>;
}

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
  const [name, ...rest] = argv;
  const usage = `usage: npm run --silent ${tool} -- <${known.join("|")}> [options]`;
  if (name === undefined || name === "--help" || name === "-h") {
    process.stdout.write(`${usage}\n`);
    process.exit(name === undefined ? 1 : 0);
  }
  if (!known.includes(name)) {
    process.stderr.write(`${tool}: unknown command "${name}"\n${usage}\n`);
    process.exit(1);
  }
  const mod = (await import(join(dir, `${name}.ts`))) as Subcommand;
  process.exit(await mod.run(rest));
}
