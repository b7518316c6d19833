import { Converter } from "opencc-js/cn2t";
import { hantOverrides } from "./overrides";

/**
 * Simplified → Traditional Chinese (zh-Hant) for the kiosk's third language. The mechanical
 * part is OpenCC's mainland → Hong Kong conversion (phrases first, then characters, then the HK
 * variants); the hand-checked terms of overrides.ts then replace whatever the converter made of
 * them. Done where text is shown or printed, so the catalog, the screens and the text central
 * sends (query rows, decision reasons) are carried in zh-CN only and never copied by hand.
 */
const convert = Converter({ from: "cn", to: "hk" });

/** What the converter makes of each override's source, and what it should read instead. */
const fixes = hantOverrides
  .map(([simplified, traditional]) => [convert(simplified), traditional] as const)
  .filter(([made, wanted]) => made !== wanted)
  // Longer terms first, so a phrase's fix is not undone by a single character's.
  .sort((a, b) => b[0].length - a[0].length);

const cache = new Map<string, string>();

export function toHant(text: string): string {
  const known = cache.get(text);
  if (known !== undefined) return known;
  let out = convert(text);
  for (const [made, wanted] of fixes) if (out.includes(made)) out = out.split(made).join(wanted);
  // Screens re-render the same few hundred strings; the catalog is small enough to keep them.
  if (cache.size < 5000) cache.set(text, out);
  return out;
}
