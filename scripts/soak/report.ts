import type { Sample } from "./sample";

/** The figures whose growth after warm-up decides the verdict, and how to read each from a sample. */
const TRACKED = {
  "kiosk RSS (MB)": (s: Sample) => s.kiosk.rssMb,
  "kiosk heap (MB)": (s: Sample) => s.kiosk.heapUsedMb,
  "kiosk handles": (s: Sample) => s.kiosk.handles,
  "kiosk fds": (s: Sample) => s.kiosk.fds,
  "page JS heap (MB)": (s: Sample) => s.page.jsHeapUsedMb,
  "page DOM nodes": (s: Sample) => s.page.domNodes,
} as const;

export const GROWTH_LIMIT = 0.1;

export interface Growth {
  metric: string;
  atWarmup: number;
  atEnd: number;
  /** (end − warm-up) / warm-up; 0 when both are 0. */
  growth: number;
  ok: boolean;
}

/**
 * Growth of each tracked figure from the warm-up sample to the last one. Why from warm-up and not
 * from the start: the first sessions fill caches (compiled code, the catalog, SQLite pages,
 * pooled connections) once, which is not a leak.
 */
export function growthOf(samples: readonly Sample[], warmup: number): Growth[] {
  const base = samples.find((s) => s.session >= warmup) ?? samples[0];
  const end = samples.at(-1);
  if (base === undefined || end === undefined) return [];
  return Object.entries(TRACKED).map(([metric, read]) => {
    const atWarmup = read(base);
    const atEnd = read(end);
    const growth = atWarmup === 0 ? (atEnd === 0 ? 0 : 1) : (atEnd - atWarmup) / atWarmup;
    return { metric, atWarmup, atEnd, growth: Math.round(growth * 1000) / 1000, ok: growth < GROWTH_LIMIT };
  });
}

const BAR = 40;

/** The curve as text: one row per sample, with a bar for the kiosk's RSS scaled to the largest. */
export function formatCurve(samples: readonly Sample[]): string {
  const top = Math.max(...samples.map((s) => s.kiosk.rssMb), 1);
  const head = "session  kiosk RSS  heap  handles  fds  page heap  DOM nodes\n";
  return (
    head +
    samples
      .map((s) => {
        const bar = "#".repeat(Math.round((s.kiosk.rssMb / top) * BAR));
        return (
          `${String(s.session).padStart(7)}  ${s.kiosk.rssMb.toFixed(1).padStart(9)}  ${s.kiosk.heapUsedMb.toFixed(1).padStart(4)}` +
          `  ${String(s.kiosk.handles).padStart(7)}  ${String(s.kiosk.fds).padStart(3)}  ${s.page.jsHeapUsedMb.toFixed(1).padStart(9)}` +
          `  ${String(s.page.domNodes).padStart(9)}  ${bar}`
        );
      })
      .join("\n") +
    "\n"
  );
}
