/**
 * `3501**********123X`: the first four and last four characters of an ID number, the rest starred.
 * The only form in which an ID number may appear on screen, on paper, in logs or in audit entries.
 * A value of eight characters or fewer is starred entirely: keeping "first four and last four" of
 * it would show all of it.
 */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length <= 8) return "*".repeat(idNumber.length);
  return `${idNumber.slice(0, 4)}${"*".repeat(idNumber.length - 8)}${idNumber.slice(-4)}`;
}
