/**
 * The last warnings and errors the kiosk logged, kept in memory for the maintenance menu's
 * "recent errors" and the support packet. The logger writes every line here already masked
 * (core/log.ts), so what a technician sees or sends carries no full ID number.
 */
const KEEP = 200;
const lines: string[] = [];

/** A pino destination that keeps the newest KEEP lines. */
export const recentLogStream = {
  write(line: string): void {
    lines.push(line.trimEnd());
    if (lines.length > KEEP) lines.splice(0, lines.length - KEEP);
  },
};

/** The newest `limit` lines, oldest first. */
export function recentLogLines(limit = KEEP): string[] {
  return lines.slice(-limit);
}
