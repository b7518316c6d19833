import { maskIdNumber } from "../../kiosk-config/identity/mask";

/**
 * ID numbers are masked (3501**********123X) on screen, in logs and on paper by the kiosk's one
 * masking rule, kiosk-config/identity/mask.ts, which the page and the central service use too.
 */
export { maskIdNumber };

// 18-character resident numbers (17 digits + check character), 15-digit legacy numbers and
// 15-character foreigner numbers, standing alone (not inside a longer run of letters or digits).
const ID_NUMBER_LIKE = /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15}|[A-Z]{3}\d{12})(?![0-9A-Za-z])/g;

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
