/**
 * Checks of a mainland resident ID number (GB 11643-1999): 17 digits, then a check character
 * computed mod 11, with the birth date in digits 7–14.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = "10X98765432";

export function idNumberCheckChar(first17: string): string | undefined {
  if (!/^\d{17}$/.test(first17)) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11];
}

/** True when the number is well formed and its check character matches. */
export function isValidIdNumber(idNumber: string): boolean {
  const upper = idNumber.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(upper)) return false;
  return idNumberCheckChar(upper.slice(0, 17)) === upper[17];
}

/** The birth date encoded in the number, as YYYY-MM-DD. */
export function birthDateOfIdNumber(idNumber: string): string {
  return `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
}
