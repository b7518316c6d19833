/** Font A cell: 12 × 24 dots for half-width characters, 24 × 24 for CJK. */
export const HALF_WIDTH_DOTS = 12;

/** Print width in dots at 203 dpi for each supported paper width. */
export const PRINT_WIDTH_DOTS = { 58: 384, 80: 576 } as const;
export type PaperWidthMm = keyof typeof PRINT_WIDTH_DOTS;

/**
 * Whether a code point prints double width: everything outside ASCII and Latin-1 prints from the
 * Chinese font in Chinese mode (CJK, full-width forms, symbols like □).
 */
export function isDoubleWidth(codePoint: number): boolean {
  return codePoint > 0xff;
}

/** Width of a string in dots at a given width multiplier. */
export function textWidthDots(text: string, widthMultiplier = 1): number {
  let dots = 0;
  for (const char of text) dots += (isDoubleWidth(char.codePointAt(0) ?? 0) ? 2 : 1) * HALF_WIDTH_DOTS;
  return dots * widthMultiplier;
}

/**
 * Wraps text to lines no wider than `maxDots`.
 *
 * Latin words stay whole where they fit; CJK may break between any two characters, which is how
 * Chinese is set. Explicit newlines are kept.
 */
export function wrapText(text: string, maxDots: number, widthMultiplier = 1): string[] {
  const lines: string[] = [];
  for (const paragraph of printable(text).split("\n")) {
    let line = "";
    for (const token of tokenize(paragraph)) {
      if (textWidthDots(line + token, widthMultiplier) <= maxDots) {
        line += token;
        continue;
      }
      if (line.trim() !== "") lines.push(line.trimEnd());
      line = token.trimStart();
      // A single token wider than the line (a long number or URL) is broken by characters.
      while (textWidthDots(line, widthMultiplier) > maxDots) {
        let cut = "";
        for (const char of line) {
          if (textWidthDots(cut + char, widthMultiplier) > maxDots) break;
          cut += char;
        }
        if (cut === "") break;
        lines.push(cut);
        line = line.slice(cut.length);
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/**
 * Replaces control characters (other than newline) with spaces.
 *
 * Why: text on a ticket can come from a resident or a remote service; an ESC or GS byte inside it
 * would be obeyed by the printer as a command (a cut, a reset, a code page switch).
 */
export function printable(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    out += (code < 0x20 && code !== 0x0a) || (code >= 0x7f && code < 0xa0) ? " " : char;
  }
  return out;
}

/** Splits into breakable units: a Latin word with its trailing spaces, or a single CJK character. */
function tokenize(text: string): string[] {
  return text.match(/[ -\u00ff]*?[ ]+|[ -\u00ff]+|[^ -\u00ff]/gu) ?? [];
}

/** Pads text with half-width spaces to exactly `dots` wide according to its alignment. */
export function padToWidth(
  text: string,
  dots: number,
  align: "left" | "center" | "right",
  widthMultiplier = 1,
): string {
  const free = Math.max(0, dots - textWidthDots(text, widthMultiplier));
  const spaces = Math.floor(free / (HALF_WIDTH_DOTS * widthMultiplier));
  const before = align === "right" ? spaces : align === "center" ? Math.floor(spaces / 2) : 0;
  return " ".repeat(before) + text + " ".repeat(spaces - before);
}
