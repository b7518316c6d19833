/** Now as an ISO-8601 UTC string: the format every timestamp column holds. */
export const nowIso = (): string => new Date().toISOString();

/**
 * The calendar day in China Standard Time (UTC+8, no DST) as YYYYMMDD: queue tickets and
 * tracking numbers restart each local day, not each UTC day.
 */
export function chinaDay(date: Date = new Date()): string {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, "");
}
