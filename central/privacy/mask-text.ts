import { maskIdNumber } from "../../kiosk-config/identity/mask";

// 18-character resident numbers, 15-digit legacy numbers, 15-character foreigner numbers,
// standing alone: the same shapes the kiosk's log mask looks for (core/privacy/mask.ts).
const ID_NUMBER_LIKE = /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15}|[A-Z]{3}\d{12})(?![0-9A-Za-z])/g;

/**
 * Masks ID-number-like runs in free text a kiosk sent (support packets). The kiosk masks before
 * sending; central masks again, so an older or damaged kiosk cannot put a full number at rest.
 */
export function maskIdNumbersInText(text: string): string {
  return text.replace(ID_NUMBER_LIKE, (match) => maskIdNumber(match));
}

/** Deep copy of a JSON value with every string masked. */
export function maskJsonStrings(value: unknown): unknown {
  if (typeof value === "string") return maskIdNumbersInText(value);
  if (Array.isArray(value)) return value.map(maskJsonStrings);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskJsonStrings(v)]));
  }
  return value;
}
