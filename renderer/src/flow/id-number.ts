/**
 * What the ID-number pad may accept next: digits for the first 17, digit or X for the last (the
 * GB 11643 check character), nothing after. The check itself is kiosk-config/identity's.
 */
export function canAppendToIdNumber(current: string, key: string): boolean {
  if (current.length >= 18) return false;
  if (key === "X") return current.length === 17;
  return /^\d$/.test(key);
}
