/**
 * Today's date in China time (UTC+8, no daylight saving) as YYYY-MM-DD: what the printer's test
 * page prints. The UTC date differs from it every day from 16:00 to 24:00 UTC.
 */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
