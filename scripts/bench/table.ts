import type { Figure } from "./types";

const fmt = (n: number): string =>
  Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2);

/** Renders results as a plain-text table: figure, ours, peer, ratio, goal. */
export function formatTable(results: { group: string; figures: Figure[]; error?: string }[]): string {
  const rows: string[][] = [["figure", "ours", "peer / floor", "ratio", "goal"]];
  for (const { group, figures, error } of results) {
    rows.push([`— ${group}`, "", "", "", ""]);
    if (error !== undefined) rows.push([`  FAILED: ${error}`, "", "", "", ""]);
    for (const f of figures) {
      const peer = f.peer ? `${fmt(f.peer.value)} ${f.unit} (${f.peer.name})` : "";
      const ratio = f.peer && f.peer.value !== 0 ? `${(f.value / f.peer.value).toFixed(2)}×` : "";
      const goal = f.goal ? `${f.goal} ${f.meetsGoal === undefined ? "" : f.meetsGoal ? "✓" : "✗"}` : "";
      rows.push([`  ${f.name}`, `${fmt(f.value)} ${f.unit}`, peer, ratio, goal]);
    }
  }
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  return `${rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n")}\n`;
}
