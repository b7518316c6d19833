/**
 * GB 11643-1999 citizen ID numbers: 17 digits, then a check character (0–9 or X) computed with the
 * ISO 7064 MOD 11-2 weights. One rule for the kiosk: the page checks it as the resident types,
 * core and the central service check it again, since neither trusts the side before it.
 * (drivers/idcard keeps its own copy because drivers import nothing of the kiosk;
 * test/identity/drivers-agree.test.ts keeps the two equal.)
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = "10X98765432";

/** The check character for the first 17 digits, or undefined when they are not 17 digits. */
export function idNumberCheckChar(first17: string): string | undefined {
  if (!/^\d{17}$/.test(first17)) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11];
}

/** True for 17 digits and their matching check character (upper-case X, as printed on the card). */
export function isValidIdNumber(idNumber: string): boolean {
  if (!/^\d{17}[\dX]$/.test(idNumber)) return false;
  return idNumberCheckChar(idNumber.slice(0, 17)) === idNumber[17];
}
