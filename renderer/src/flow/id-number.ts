/**
 * GB 11643-1999 citizen ID numbers: 17 digits and a check character (0–9 or X) computed with the
 * ISO 7064 MOD 11-2 weights. The pad checks it as the resident types, so a slip shows at once.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = "10X98765432";

/** The check character for the first 17 digits, or null when they are not 17 digits. */
export function idCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? null;
}

/** True for an 18-character number whose check character matches. */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  return idCheckChar(id.slice(0, 17)) === id[17];
}

/** What the pad may accept next: digits for the first 17, digit or X for the last, nothing after. */
export function canAppendToIdNumber(current: string, key: string): boolean {
  if (current.length >= 18) return false;
  if (key === "X") return current.length === 17;
  return /^\d$/.test(key);
}

/** 3501**********123X: first four and last four only (ux.md §4.1). */
export function maskIdNumber(id: string): string {
  if (id.length <= 8) return id;
  return `${id.slice(0, 4)}${"*".repeat(id.length - 8)}${id.slice(-4)}`;
}
