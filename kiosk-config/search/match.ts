/**
 * Matching one query against one term's syllables. A syllable is a list of kept readings
 * (polyphones keep more than one); a typed syllable may be any non-empty prefix of a reading, so
 * "xser" finds 新生儿 (x·s·er) and "shebao" finds 社保.
 */
export type Syllables = readonly (readonly string[])[];

export function parsePinyin(pinyin: string): Syllables {
  return pinyin === "" ? [] : pinyin.split(" ").map((s) => s.split("|"));
}

/** Every query letter is the first letter of the term's syllables, from the start. */
export function initialsPrefix(query: string, syllables: Syllables): boolean {
  if (query.length > syllables.length) return false;
  for (let i = 0; i < query.length; i++) {
    if (!syllables[i]?.some((r) => r[0] === query[i])) return false;
  }
  return true;
}

/** The query spells the whole term: every syllable in full, or every initial. */
export function spellsExactly(query: string, syllables: Syllables): boolean {
  if (query.length === syllables.length && initialsPrefix(query, syllables)) return true;
  const full = (qi: number, sj: number): boolean => {
    const syllable = syllables[sj];
    if (syllable === undefined) return qi === query.length;
    return syllable.some((r) => query.startsWith(r, qi) && full(qi + r.length, sj + 1));
  };
  return full(0, 0);
}

/** The query spells contiguous syllables starting at `start`, each by a prefix of a reading. */
export function spellsFrom(query: string, syllables: Syllables, start: number): boolean {
  const from = (qi: number, sj: number): boolean => {
    if (qi === query.length) return true;
    const syllable = syllables[sj];
    if (syllable === undefined) return false;
    for (const r of syllable) {
      for (let k = Math.min(r.length, query.length - qi); k >= 1; k--) {
        if (query.startsWith(r.slice(0, k), qi) && from(qi + k, sj + 1)) return true;
      }
    }
    return false;
  };
  return from(0, start);
}

/** The first syllable from which the query spells contiguous syllables, or -1. */
export function spellsAnywhere(query: string, syllables: Syllables): number {
  for (let start = 0; start < syllables.length; start++) {
    if (spellsFrom(query, syllables, start)) return start;
  }
  return -1;
}
