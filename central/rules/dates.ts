/** Calendar arithmetic on YYYY-MM-DD strings, in China Standard Time (UTC+8, no DST). */

export const isIsoDate = (s: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** Today in China as YYYY-MM-DD. */
export const chinaToday = (now: Date): string =>
  new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** `date` shifted by whole days (negative = earlier). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Completed years between `birth` and `today` (both YYYY-MM-DD). */
export function ageInYears(birth: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birth.slice(0, 4));
  return today.slice(5) >= birth.slice(5) ? years : years - 1;
}
