import { Converter } from "opencc-js/cn2t";
import { hantOverrides } from "./overrides";

/**
 * Simplified → Traditional Chinese (zh-Hant) for the kiosk's third language. The mechanical
 * part is OpenCC's mainland → Hong Kong conversion (phrases first, then characters, then the HK
 * variants); the hand-checked terms of overrides.ts then replace whatever the converter made of
 * them. Done where text is shown or printed, so the catalog, the screens and the text central
 * sends (query rows, decision reasons) are carried in zh-CN only and never copied by hand.
 */
type Convert = (text: string) => string;

/** The converter and each override's fix, built together on the first conversion. */
interface Built {
  convert: Convert;
  /** What the converter makes of each override's source, and what it should read instead. */
  fixes: (readonly [made: string, wanted: string])[];
}

/**
 * Built on first use, not as the module loads: building OpenCC's dictionaries is a second or two
 * of CPU on a kiosk's two cores and about 80 MB that stays resident. The kiosk process loads this
 * module at boot for its receipt layouts, yet most kiosks never print a Traditional receipt; one
 * that does pays the build once, on its first.
 */
let built: Built | undefined;
function build(): Built {
  if (built !== undefined) return built;
  const convert = Converter({ from: "cn", to: "hk" });
  const fixes = hantOverrides
    .map(([simplified, traditional]) => [convert(simplified), traditional] as const)
    .filter(([made, wanted]) => made !== wanted)
    // Longer terms first, so a phrase's fix is not undone by a single character's.
    .sort((a, b) => b[0].length - a[0].length);
  built = { convert, fixes };
  return built;
}

const cache = new Map<string, string>();

export function toHant(text: string): string {
  const known = cache.get(text);
  if (known !== undefined) return known;
  const { convert, fixes } = build();
  let out = convert(text);
  for (const [made, wanted] of fixes) if (out.includes(made)) out = out.split(made).join(wanted);
  // Screens re-render the same few hundred strings; the catalog is small enough to keep them.
  if (cache.size < 5000) cache.set(text, out);
  return out;
}
