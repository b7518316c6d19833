/**
 * Small formatting helpers shared by the layouts. Pure functions, no Node built-ins: the layouts
 * also run in the page for the preview.
 */

/** An ID number on paper is masked by the kiosk's one rule (3501**********123X). */
export { maskIdNumber } from "../identity/mask";

/** A name with all but the first character hidden: 张三丰 → 张** (a receipt may be left behind). */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return "";
  return `${chars[0] ?? ""}${"*".repeat(Math.max(1, chars.length - 1))}`;
}

/**
 * A moment as Fuzhou local time (UTC+8, no daylight saving), "2026-11-27 16:40".
 *
 * Why fixed +8 rather than the host's zone: the ticket must read the same on a kiosk, a test
 * runner and a browser preview wherever they run.
 */
export function formatFuzhouTime(iso: string): string {
  const local = new Date(new Date(iso).getTime() + 8 * 3600_000);
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}
