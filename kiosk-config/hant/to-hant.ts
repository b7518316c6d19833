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

/** The converter, each override's fix, and one pattern that finds them all. */
interface Built {
  convert: Convert;
  /**
   * What the converter makes of each override's source, and what it should read instead. Terms
   * the converter already gets right stay in the list: matched first, they shield themselves from
   * a shorter term's fix (打印機 keeps its 打印 while 打印 alone becomes 列印).
   */
  fixes: Map<string, string>;
  /** One pass, longer terms first at each position, so no fix is applied to another's output. */
  pattern: RegExp;
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
  const fixes = new Map(hantOverrides.map(([simplified, traditional]) => [convert(simplified), traditional]));
  const pattern = new RegExp(
    [...fixes.keys()]
      .sort((a, b) => b.length - a.length)
      .map((made) => made.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("|"),
    "g",
  );
  built = { convert, fixes, pattern };
  return built;
}

const cache = new Map<string, string>();

export function toHant(text: string): string {
  const known = cache.get(text);
  if (known !== undefined) return known;
  const { convert, fixes, pattern } = build();
  const out = convert(text).replace(pattern, (made) => fixes.get(made) ?? made);
  // Screens re-render the same few hundred strings; the catalog is small enough to keep them.
  if (cache.size < 5000) cache.set(text, out);
  return out;
}
