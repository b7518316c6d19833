/**
 * How one typed query matches one Chinese term (a service name, an alias, a common phrase), as a
 * tier and a position: the ranking that service search and phrase tiles share.
 */
import {
  initialsPrefix,
  parsePinyin,
  type Syllables,
  spellsAnywhere,
  spellsExactly,
  spellsFrom,
} from "./match";
import type { IndexedTerm } from "./types";

export type MatchedBy = "exact" | "initials" | "pinyin" | "text";

export interface PreparedTerm {
  text: string;
  /** The text as a typed query is normalized, for exact matches. */
  typed: string;
  syllables: Syllables;
  /** First letters of every reading: a query starting with none of them cannot spell the term. */
  firsts: string;
}

/** Tier 0 exact, 1 initials prefix, 2 pinyin from the start, 3 pinyin mid-term, 4 substring. */
export interface TermMatch {
  matchedBy: MatchedBy;
  tier: number;
  /** Syllable or character where the match starts: earlier is better within a tier. */
  position: number;
}

export function prepareTerm(term: IndexedTerm): PreparedTerm {
  const syllables = parsePinyin(term.pinyin);
  const firsts = [...new Set(syllables.flatMap((s) => s.map((r) => r[0] ?? "")))].join("");
  return { text: term.text, typed: normalizeQuery(term.text), syllables, firsts };
}

/** Lower case, no spaces or apostrophes, ü as v: how pinyin is typed. */
export function normalizeQuery(text: string): string {
  return text
    .toLowerCase()
    .replace(/ü/g, "v")
    .replace(/[\s'’·]/g, "");
}

/** Whether a normalized query could be pinyin, initials or digits (else only text matches). */
export function isSpelling(q: string): boolean {
  return /^[a-z0-9]+$/.test(q);
}

/**
 * The best way a normalized query matches the term, or undefined. `spelling` is `isSpelling(q)`,
 * passed in because callers match one query against hundreds of terms per keystroke.
 */
export function matchTerm(term: PreparedTerm, q: string, spelling = isSpelling(q)): TermMatch | undefined {
  if (term.typed === q) return { matchedBy: "exact", tier: 0, position: 0 };
  if (spelling && term.firsts.includes(q[0] ?? "")) {
    if (spellsExactly(q, term.syllables)) return { matchedBy: "exact", tier: 0, position: 0 };
    if (initialsPrefix(q, term.syllables)) return { matchedBy: "initials", tier: 1, position: 0 };
    if (spellsFrom(q, term.syllables, 0)) return { matchedBy: "pinyin", tier: 2, position: 0 };
    const start = spellsAnywhere(q, term.syllables);
    if (start !== -1) return { matchedBy: "pinyin", tier: 3, position: start };
  }
  const at = term.text.indexOf(q);
  return at === -1 ? undefined : { matchedBy: "text", tier: 4, position: at };
}
