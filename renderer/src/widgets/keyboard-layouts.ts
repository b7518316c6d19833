import chinese from "simple-keyboard-layouts/build/layouts/chinese";
import { catalogCandidates } from "../../../kiosk-config/search/candidates.generated";

/**
 * Key rows for the on-screen keyboards: large keys, Chinese labels, and none of the
 * desktop keys (tab, caps, .com) a resident would not understand.
 */
export const pinyinRows = [
  "1 2 3 4 5 6 7 8 9 0",
  "q w e r t y u i o p",
  "a s d f g h j k l",
  "z x c v b n m {bksp}",
  "{clear} {space}",
];

/** Certificate and tracking numbers: capitals and digits only, no candidates. */
export const alphanumericRows = [
  "1 2 3 4 5 6 7 8 9 0",
  "Q W E R T Y U I O P",
  "A S D F G H J K L",
  "Z X C V B N M {bksp}",
  "{clear}",
];

/**
 * Letters for search by pinyin initials (sb → 社保) and digits for numbers in names (12345);
 * Chinese results come from searchServices.
 */
export const searchRows = [
  "1 2 3 4 5 6 7 8 9 0",
  "q w e r t y u i o p",
  "a s d f g h j k l",
  "z x c v b n m {bksp}",
  "{clear}",
];

/**
 * A pinyin → candidates table (space-separated, as simple-keyboard reads it) with, for each
 * syllable, the characters `catalog` spells with it first, then the layout's own in its order.
 */
export function withCatalogFirst(
  layout: Readonly<Record<string, string>>,
  catalog: Readonly<Record<string, string>>,
): Record<string, string> {
  const merged: Record<string, string> = { ...layout };
  for (const [syllable, chars] of Object.entries(catalog)) {
    const rest = (layout[syllable] ?? "").split(" ").filter((c) => c !== "");
    merged[syllable] = [...new Set([...Array.from(chars), ...rest])].join(" ");
  }
  return merged;
}

/**
 * The pinyin keyboard's candidate box: simple-keyboard-layouts' Chinese table, reordered so the
 * characters of this catalog's own names come first (shui → 税 水 before 说), as the build learnt
 * them (kiosk-config/search/candidates.generated.ts).
 */
export const pinyinCandidates: Record<string, string> = withCatalogFirst(
  (chinese as { layoutCandidates?: Record<string, string> }).layoutCandidates ?? {},
  catalogCandidates,
);

/** Every key name in some rows, for giving them all the same ARIA attributes. */
export const keysOf = (rows: readonly string[]): string => rows.join(" ");
