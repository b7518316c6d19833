import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as z from "zod";
import { parseCommandArgs } from "../cli/args";
import { formatTable } from "./table";
import type { Benchmark, Figure } from "./types";

/**
 * `npm run bench [-- --only GROUP] [--json]`: runs every `scripts/bench/*.bench.ts` one after the
 * other (never in parallel: they would disturb each other on 2 cores) and prints one table.
 */
const USAGE = `usage: npm run bench [-- --only GROUP] [--json] [--kiosks N]
Builds, then runs every benchmark in scripts/bench/ one after the other and prints one table: each
figure beside its floor or peer measured in the same run. --only runs the groups whose name
contains GROUP; --json prints the results as JSON; --kiosks sizes the fleet benchmark (default
10000, at least 100). Exits 1 when a benchmark failed to run.
`;

const args = parseCommandArgs(
  {
    name: "bench",
    usage: USAGE,
    options: { only: { type: "string" }, json: { type: "boolean" }, kiosks: { type: "string" } },
    check: (v) =>
      z
        .object({
          only: z.string().min(1).optional(),
          json: z.boolean().optional(),
          kiosks: z.coerce.number().int().min(100).max(100_000).optional(),
        })
        .parse(v),
  },
  process.argv.slice(2),
);
if (!args.ok) process.exit(args.exitCode);
const { only } = args.values;
const asJson = args.values.json === true;

const dir = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .sort();

const results: { group: string; figures: Figure[]; error?: string }[] = [];
const groups: string[] = [];
for (const file of files) {
  const mod = (await import(join(dir, file))) as { benchmarks: Benchmark[] };
  for (const bench of mod.benchmarks) {
    groups.push(bench.group);
    if (only !== undefined && !bench.group.includes(only)) continue;
    process.stderr.write(`bench: ${bench.group}…\n`);
    try {
      results.push({ group: bench.group, figures: await bench.run({ kiosks: args.values.kiosks }) });
    } catch (error) {
      results.push({
        group: bench.group,
        figures: [],
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
}

if (results.length === 0) {
  process.stderr.write(
    `bench: no benchmark group matches "${only ?? ""}"; the groups are: ${groups.join(", ")}\n`,
  );
  process.exit(2);
}
process.stdout.write(asJson ? `${JSON.stringify(results, null, 2)}\n` : formatTable(results));
process.exit(results.some((r) => r.error !== undefined) ? 1 : 0);
