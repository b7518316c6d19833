import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatTable } from "./table";
import type { Benchmark, Figure } from "./types";

/**
 * `npm run bench [-- --only GROUP] [--json]`: runs every `scripts/bench/*.bench.ts` one after the
 * other (never in parallel: they would disturb each other on 2 cores) and prints one table.
 */
const argv = process.argv.slice(2);
const only = argv.includes("--only") ? argv[argv.indexOf("--only") + 1] : undefined;
const asJson = argv.includes("--json");

const dir = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .sort();

const results: { group: string; figures: Figure[]; error?: string }[] = [];
for (const file of files) {
  const mod = (await import(join(dir, file))) as { benchmarks: Benchmark[] };
  for (const bench of mod.benchmarks) {
    if (only !== undefined && !bench.group.includes(only)) continue;
    process.stderr.write(`bench: ${bench.group}…\n`);
    try {
      results.push({ group: bench.group, figures: await bench.run() });
    } catch (error) {
      results.push({
        group: bench.group,
        figures: [],
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
}

process.stdout.write(asJson ? `${JSON.stringify(results, null, 2)}\n` : formatTable(results));
process.exit(results.some((r) => r.error !== undefined) ? 1 : 0);
