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
  if (query.length < syllables.length) return false;
  if (query.length === syllables.length) return initialsPrefix(query, syllables);
  const full = (qi: number, sj: number): boolean => {
    const syllable = syllables[sj];
    if (syllable === undefined) return qi === query.length;
    return syllable.some((r) => query.startsWith(r, qi) && full(qi + r.length, sj + 1));
  };
  return full(0, 0);
}

/**
 * The query spells contiguous syllables starting at `start`, each by a prefix of a reading.
 * Walks syllable by syllable keeping the set of query positions reached, so the cost stays
 * linear in the term however the query splits (this runs per term on every keystroke).
 */
export function spellsFrom(query: string, syllables: Syllables, start: number): boolean {
  let reached = [0];
  for (let sj = start; sj < syllables.length && reached.length > 0; sj++) {
    const next: number[] = [];
    for (const pos of reached) {
      for (const r of syllables[sj] ?? []) {
        for (let k = 0; k < r.length && pos + k < query.length && query[pos + k] === r[k]; k++) {
          if (pos + k + 1 === query.length) return true;
          if (!next.includes(pos + k + 1)) next.push(pos + k + 1);
        }
      }
    }
    reached = next;
  }
  return false;
}

/** The first syllable from which the query spells contiguous syllables, or -1. */
export function spellsAnywhere(query: string, syllables: Syllables): number {
  const first = query[0];
  for (let start = 0; start < syllables.length; start++) {
    let possible = false;
    for (const r of syllables[start] ?? []) possible ||= r[0] === first;
    if (possible && spellsFrom(query, syllables, start)) return start;
  }
  return -1;
}
