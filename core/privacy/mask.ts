import { maskIdNumber } from "../../kiosk-config/identity/mask";
import { maskSessionValuesIn } from "./session-values";

/**
 * ID numbers are masked (3501**********123X) on screen, in logs and on paper by the kiosk's one
 * masking rule, kiosk-config/identity/mask.ts, which the page and the central service use too.
 */
export { maskIdNumber };

// 18-character resident numbers (17 digits + check character), 15-digit legacy numbers and
// 15-character foreigner numbers, standing alone (not inside a longer run of letters or digits).
const ID_NUMBER_LIKE = /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15}|[A-Z]{3}\d{12})(?![0-9A-Za-z])/g;

/**
 * Masks every ID-number-like run inside free text (log lines, error messages), and the current
 * resident's name and other identity values (core/privacy/session-values.ts).
 */
export function maskIdNumbersIn(text: string): string {
  return maskSessionValuesIn(text).replace(ID_NUMBER_LIKE, (match) => maskIdNumber(match));
}

/** Deep-copies a log payload with every string masked; cycles and depth are bounded. */
export function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return maskIdNumbersIn(value);
  if (depth > 6 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1));
  if (value instanceof Error) return maskError(value, depth);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v, depth + 1)]));
}

/**
 * An Error as the log writes it (pino's `err` shape), with its name, message, stack and cause
 * masked: a stack repeats the message, and a driver's message may quote what the card said.
 */
function maskError(error: Error, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {
    type: maskIdNumbersIn(error.name),
    message: maskIdNumbersIn(error.message),
  };
  if (error.stack !== undefined) out.stack = maskIdNumbersIn(error.stack);
  if ("code" in error && (typeof error.code === "string" || typeof error.code === "number")) {
    out.code = typeof error.code === "string" ? maskIdNumbersIn(error.code) : error.code;
  }
  if (error.cause !== undefined) out.cause = maskDeep(error.cause, depth + 1);
  return out;
}
