/**
 * One time-series chart drawn by uPlot (a small, well-kept canvas chart): the React side only
 * creates it on mount, feeds it data and destroys it on unmount. Gaps (null) stay gaps; times
 * read in Fuzhou time and the manager's language; the x axis spans the whole range asked for.
 */
import { useContext, useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { LangContext, useT } from "./i18n";

export interface Line {
  label: string;
  color: string;
  values: (number | null)[];
}

interface ChartProps {
  id: string;
  title: string;
  /** seconds since the epoch, one per value */
  times: number[];
  lines: Line[];
  /** the range asked for, in seconds */
  span: [number, number];
  /** a fixed y range (e.g. 0–100 %); otherwise 0 up to a little over the largest value */
  yMax?: number;
}

export function Chart({ id, title, times, lines, span, yMax }: ChartProps) {
  const t = useT();
  const lang = useContext(LangContext);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (el === null) return;
    const long = span[1] - span[0] > 2 * 86_400;
    const stamp = (s: number) =>
      new Date(s * 1000).toLocaleString(lang, {
        timeZone: "Asia/Shanghai",
        hour12: false,
        ...(long ? { month: "numeric", day: "numeric" } : { hour: "2-digit", minute: "2-digit" }),
      });
    const plot = new uPlot(
      {
        width: Math.max(320, Math.min(el.clientWidth || 640, 960)),
        height: 220,
        series: [
          {
            label: t("at"),
            // uPlot passes null where the cursor is off the data, whatever its types say.
            value: (_u: uPlot, v: number | null) => (v === null ? "—" : stamp(v)),
          },
          ...lines.map((l) => ({ label: l.label, stroke: l.color, width: 2, spanGaps: false })),
        ],
        axes: [{ stroke: "#333", space: 90, values: (_u, splits) => splits.map(stamp) }, { stroke: "#333" }],
        scales: {
          x: { time: true, range: () => span },
          y: { range: (_u, _min, max) => [0, yMax ?? Math.max(1, Math.ceil(max * 1.15))] },
        },
      },
      [times, ...lines.map((l) => l.values)],
      el,
    );
    return () => plot.destroy();
  }, [times, lines, span, yMax, lang, t]);
  const latest = lines
    .map((l) => `${l.label}: ${String(l.values.findLast((v) => v !== null) ?? "—")}`)
    .join("; ");
  return (
    <figure className="chart" id={id}>
      <figcaption>{title}</figcaption>
      <div ref={box} role="img" aria-label={`${title} — ${latest}`} />
    </figure>
  );
}
