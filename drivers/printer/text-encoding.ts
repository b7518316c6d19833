import iconv from "iconv-lite";

/** Which part of GB18030 the printer's font covers (README, "Text and fonts"). */
export type ChineseCharset = "gb18030" | "gb18030-2byte";

/** Shown instead of a character the printer cannot print; never a bare "?". */
export const PLACEHOLDER = "□";

/** A character that could not be printed, reported so the caller can log its code point. */
export interface Substitution {
  codePoint: number;
}

/**
 * Encodes text for a printer in Chinese mode (FS &).
 *
 * GB18030 via iconv-lite; for printers limited to the 2-byte area, any character whose encoding
 * would take 4 bytes is replaced by □ and reported, never sent as a bare ?.
 */
export function encodeText(
  text: string,
  charset: ChineseCharset = "gb18030",
  onSubstitute?: (s: Substitution) => void,
): Uint8Array {
  if (charset === "gb18030") return new Uint8Array(iconv.encode(text, "gb18030"));
  const parts: Buffer[] = [];
  for (const char of text) {
    const bytes = iconv.encode(char, "gb18030");
    if (bytes.length === 4) {
      onSubstitute?.({ codePoint: char.codePointAt(0) ?? 0 });
      parts.push(iconv.encode(PLACEHOLDER, "gb18030"));
    } else {
      parts.push(bytes);
    }
  }
  return new Uint8Array(Buffer.concat(parts));
}

/** Decodes GB18030 bytes back to text (the virtual printer's view of the wire). */
export function decodeText(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes), "gb18030");
}

/** QR payloads are UTF-8 in byte mode: what phone scanners assume. */
export function encodeQrPayload(payload: string): Uint8Array {
  return new TextEncoder().encode(payload);
}
