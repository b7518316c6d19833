/**
 * Masks an ID number as first 4 + `*` + last 4 (`3501**********123X`): the only form in which
 * an ID number may appear in logs, audit entries or any readable output.
 */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length <= 8) return "*".repeat(idNumber.length);
  return `${idNumber.slice(0, 4)}${"*".repeat(idNumber.length - 8)}${idNumber.slice(-4)}`;
}
