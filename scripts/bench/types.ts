/**
 * One measured figure, always beside its floor or peer measured in the same run: these machines
 * are noisy, so a figure alone says little; the ratio to its neighbour says a lot.
 */
export interface Figure {
  /** What was measured, e.g. "attract first paint". */
  name: string;
  /** Our value. */
  value: number;
  /** Unit, e.g. "ms", "KB gzip", "frames/s". */
  unit: string;
  /** The floor or peer, measured in the same run (omit only for absolute figures like sizes). */
  peer?: { name: string; value: number };
  /** The issue's goal in words, e.g. "≤ 1500 ms"; shown beside the figure. */
  goal?: string;
  /** Whether the goal holds; undefined when there is no goal. */
  meetsGoal?: boolean;
}

/** A benchmark file (`scripts/bench/*.bench.ts`) exports `benchmarks`. */
export interface Benchmark {
  /** Group name shown as a table heading, e.g. "web shell". */
  group: string;
  run(options: BenchOptions): Promise<Figure[]>;
}

/** Flags of `npm run bench` that size a benchmark; each benchmark reads the ones it knows. */
export interface BenchOptions {
  /** Simulated kiosks for the fleet benchmark (default 10,000). */
  kiosks?: number | undefined;
}
