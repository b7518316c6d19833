/**
 * The identity values of the resident being served (name, ID number, address), kept only so the
 * log can mask them: an ID number has a shape a pattern finds, a name does not. The set is filled
 * when a card is read and emptied when the session is wiped, like the identity itself.
 */
const values = new Set<string>();

/** Registers the current resident's identity values for masking (short values are ignored). */
export function maskInLogs(current: readonly (string | undefined)[]): void {
  for (const value of current) {
    const trimmed = value?.trim();
    if (trimmed !== undefined && trimmed.length >= 2) values.add(trimmed);
  }
}

/** Forgets them with the session. */
export function forgetMaskedValues(): void {
  values.clear();
}

/** A name keeps its first character (林**), anything longer than a name is starred whole. */
function masked(value: string): string {
  const chars = Array.from(
    new Intl.Segmenter("zh", { granularity: "grapheme" }).segment(value),
    (g) => g.segment,
  );
  return chars.length <= 4
    ? `${chars[0] ?? ""}${"*".repeat(chars.length - 1)}`
    : "*".repeat(Math.min(chars.length, 8));
}

/** Replaces every registered value inside `text`, longest first (a name inside an address). */
export function maskSessionValuesIn(text: string): string {
  if (values.size === 0) return text;
  let out = text;
  for (const value of [...values].sort((a, b) => b.length - a.length)) {
    if (out.includes(value)) out = out.split(value).join(masked(value));
  }
  return out;
}
