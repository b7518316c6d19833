import { CardDataError } from "./errors";

/** Size of the text block of a base read. */
export const TEXT_BLOCK_SIZE = 256;

/** A field as stored: UCS-2 (UTF-16LE), fixed width, not trimmed. */
export function rawField(text: Uint8Array, offset: number, bytes: number): string {
  return Buffer.from(text.buffer, text.byteOffset + offset, bytes).toString("utf16le");
}

/** Trims the padding the card uses (U+0020) and stray U+0000 from both ends. */
export function trimPadding(value: string): string {
  const pad = (c: string | undefined): boolean => c === " " || c === "\u0000";
  let start = 0;
  let end = value.length;
  while (start < end && pad(value[start])) start++;
  while (end > start && pad(value[end - 1])) end--;
  return value.slice(start, end);
}

/** A field decoded and trimmed. */
export function field(text: Uint8Array, offset: number, bytes: number): string {
  return trimPadding(rawField(text, offset, bytes));
}

/** A trimmed field, or undefined when it is blank (blank fields are absent). */
export function optionalField(text: Uint8Array, offset: number, bytes: number): string | undefined {
  const value = field(text, offset, bytes);
  return value === "" ? undefined : value;
}

/** `YYYYMMDD` → `YYYY-MM-DD`; anything else is unreadable card data naming the field. */
export function dateField(text: Uint8Array, offset: number, name: string): string {
  const value = field(text, offset, 16);
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  const [, y, m, d] = match ?? [];
  if (y === undefined || m === undefined || d === undefined) throw new CardDataError(name);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) throw new CardDataError(name);
  return `${y}-${m}-${d}`;
}

/** The valid-to date, which alone may hold 长期 (long-term validity). */
export function validToField(text: Uint8Array, offset: number): string {
  if (field(text, offset, 16) === "长期") return "长期";
  return dateField(text, offset, "validTo");
}

/** A two-digit count read as a decimal number; undefined when blank or not digits. */
export function countField(text: Uint8Array, offset: number): number | undefined {
  const value = field(text, offset, 4);
  return /^\d+$/.test(value) ? Number(value) : undefined;
}
