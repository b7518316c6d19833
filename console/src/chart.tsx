/**
 * One time-series chart drawn by uPlot (a small, well-kept canvas chart): the React side only
 * creates it on mount, feeds it data and destroys it on unmount. Gaps (null) stay gaps.
 */
import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

export interface Line {
  label: string;
  color: string;
  values: (number | null)[];
}

export function Chart({ title, times, lines, id }: { title: string; times: number[]; lines: Line[]; id: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (el === null) return;
    const plot = new uPlot(
      {
        width: Math.max(320, Math.min(el.clientWidth || 640, 960)),
        height: 220,
        series: [{}, ...lines.map((l) => ({ label: l.label, stroke: l.color, width: 2, spanGaps: false }))],
        axes: [{ stroke: "#333" }, { stroke: "#333" }],
        scales: { x: { time: true } },
      },
      [times, ...lines.map((l) => l.values)],
      el,
    );
    return () => plot.destroy();
  }, [times, lines]);
  const latest = lines.map((l) => `${l.label}: ${String(l.values.findLast((v) => v !== null) ?? "—")}`).join("; ");
  return (
    <figure className="chart" id={id}>
      <figcaption>{title}</figcaption>
      <div ref={box} role="img" aria-label={`${title} — ${latest}`} />
    </figure>
  );
}
