import { isValidIdNumber as isValidUpperCaseIdNumber } from "../../kiosk-config/identity/id-number";

/**
 * Checks of a mainland resident ID number (GB 11643-1999) as the rules see it: the check character
 * is the kiosk's one rule (kiosk-config/identity); a lower-case x is accepted here because
 * submissions may come from other front ends that do not upper-case it.
 */
export { idNumberCheckChar } from "../../kiosk-config/identity/id-number";

/** True when the number is well formed and its check character matches (x or X). */
export function isValidIdNumber(idNumber: string): boolean {
  return isValidUpperCaseIdNumber(idNumber.toUpperCase());
}

/** The birth date encoded in the number (digits 7–14), as YYYY-MM-DD. */
export function birthDateOfIdNumber(idNumber: string): string {
  return `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
}
