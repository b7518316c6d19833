import chinese from "simple-keyboard-layouts/build/layouts/chinese";

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

/** Letters for search by pinyin initials (sb → 社保); Chinese results come from searchServices. */
export const searchRows = ["q w e r t y u i o p", "a s d f g h j k l", "z x c v b n m {bksp}", "{clear}"];

/** The pinyin → characters table of simple-keyboard-layouts' Chinese layout (its candidate box). */
export const pinyinCandidates: Record<string, string> =
  (chinese as { layoutCandidates?: Record<string, string> }).layoutCandidates ?? {};

/** Every key name in some rows, for giving them all the same ARIA attributes. */
export const keysOf = (rows: readonly string[]): string => rows.join(" ");
