/**
 * When the kiosk serves residents and when a notice shows, in China Standard Time (UTC+8, no
 * DST) whatever the machine's own zone: a kiosk whose clock zone was set wrong still opens on
 * the site's hours. Pure, so the page and the runtime decide alike.
 */
import type { Notice, OpeningHours } from "./fleet-fields";

const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

/** True when `at` falls inside one of the day's spans (open inclusive, close exclusive); null = always. */
export function isOpenAt(hours: OpeningHours | null, at: Date): boolean {
  if (hours === null) return true;
  const china = new Date(at.getTime() + 8 * 3600_000);
  const day = DAYS[china.getUTCDay()] ?? "sun";
  const hhmm = china.toISOString().slice(11, 16);
  return hours.week[day].some((s) => s.open <= hhmm && hhmm < s.close);
}

/** True while the notice should show. */
export function noticeShowing(notice: Notice | null, at: Date): boolean {
  if (notice === null) return false;
  const t = at.getTime();
  return Date.parse(notice.from) <= t && t < Date.parse(notice.to);
}
