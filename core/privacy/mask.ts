/**
 * Masks ID numbers the way ux.md §4.1 asks: the first four and last four characters stay,
 * everything between becomes "*" (3501**********123X). Used on screen, in logs and on paper.
 */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length <= 8) return "*".repeat(idNumber.length);
  return `${idNumber.slice(0, 4)}${"*".repeat(idNumber.length - 8)}${idNumber.slice(-4)}`;
}

// 18-character resident numbers (17 digits + check character) and 15-character foreigner numbers.
const ID_NUMBER_LIKE = /\b(?:\d{17}[\dXx]|[A-Z]{3}\d{12})\b/g;

/** Masks every ID-number-like run inside free text (log lines, error messages). */
export function maskIdNumbersIn(text: string): string {
  return text.replace(ID_NUMBER_LIKE, (match) => maskIdNumber(match));
}

/** Deep-copies a log payload with every string masked; cycles and depth are bounded. */
export function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return maskIdNumbersIn(value);
  if (depth > 6 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1));
  if (value instanceof Error) return { name: value.name, message: maskIdNumbersIn(value.message) };
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v, depth + 1)]));
}
