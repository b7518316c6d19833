/**
 * GB 11643-1999 check character, ISO 7064 MOD 11-2: the weighted sum of the 17 digits,
 * mod 11, picks the character from CHECK.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = "10X98765432";

/** The check character for 17 digits; throws when the input is not 17 digits. */
export function checkCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError("expected 17 digits");
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK[sum % 11] ?? "?";
}

/** True when the number is 17 digits plus a matching check character (upper-case X only). */
export function isValidMod112(idNumber: string): boolean {
  if (!/^\d{17}[\dX]$/.test(idNumber)) return false;
  return checkCharacter(idNumber.slice(0, 17)) === idNumber[17];
}

/** The 2017 foreigner card number pattern: 3 letters and 12 digits, no check character. */
export function isValidForeign2017Number(number: string): boolean {
  return /^[A-Z]{3}[0-9]{12}$/.test(number);
}
