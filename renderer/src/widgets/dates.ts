/** Calendar arithmetic on plain YYYY-MM-DD dates in the kiosk's local time zone. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

export const formatYmd = ({ year, month, day }: Ymd): string => `${year}-${pad2(month)}-${pad2(day)}`;

export function parseYmd(value: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export function daysFromToday(days: number, today: Date = new Date()): Ymd {
  const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() + days);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

export const daysInMonth = (year: number, month: number): number => new Date(year, month, 0).getDate();

/** Negative, zero or positive like a comparator. */
export const compareYmd = (a: Ymd, b: Ymd): number => a.year - b.year || a.month - b.month || a.day - b.day;

export const clampYmd = (value: Ymd, min: Ymd, max: Ymd): Ymd =>
  compareYmd(value, min) < 0 ? min : compareYmd(value, max) > 0 ? max : value;
