import { maskIdNumbersIn } from "../../privacy/mask";
import { detail, type Diagnostic, text, verdictOf } from "./types";

const SHOWN = 30;

/** pino's numeric level of one JSON line; 0 when it cannot be read. */
function levelOf(line: string): number {
  const match = /"level":(\d+)/.exec(line);
  return match ? Number(match[1]) : 0;
}

/** A log line as a technician reads it: time, level and message, masked once more. */
function plain(line: string): string {
  try {
    const parsed: unknown = JSON.parse(line);
    if (parsed !== null && typeof parsed === "object") {
      const entry = parsed as Record<string, unknown>;
      const time = typeof entry.time === "number" ? new Date(entry.time).toISOString() : "";
      const level = levelOf(line) >= 50 ? "错误 error" : "警告 warn";
      const msg = typeof entry.msg === "string" ? entry.msg : "";
      const err =
        entry.err !== null && typeof entry.err === "object"
          ? (entry.err as Record<string, unknown>)
          : undefined;
      const why = typeof err?.message === "string" ? ` — ${err.message}` : "";
      return maskIdNumbersIn(`${time}  ${level}  ${msg}${why}`);
    }
  } catch {
    // not JSON: shown as it is
  }
  return maskIdNumbersIn(line);
}

/** The last warnings and errors from the kiosk's log, ID numbers masked. */
export const errorsDiagnostic: Diagnostic = {
  id: "errors",
  label: text("最近的错误", "recent errors"),
  hint: text("查看日志里最近的警告和错误", "shows the latest warnings and errors from the log"),
  async run({ recentLog }) {
    const all = recentLog();
    const errors = all.filter((l) => levelOf(l) >= 50).length;
    const warnings = all.length - errors;
    return Promise.resolve({
      verdict: verdictOf(false, errors > 0),
      summary:
        all.length === 0
          ? text("开机以来没有警告或错误", "no warnings or errors since start")
          : text(
              `开机以来有 ${errors} 个错误、${warnings} 个警告`,
              `${errors} errors and ${warnings} warnings since start`,
            ),
      details: [detail("错误", "errors", errors), detail("警告", "warnings", warnings)],
      lines: all.slice(-SHOWN).reverse().map(plain),
    });
  },
};
