/**
 * Finding a service by Chinese, pinyin, initials or English (ux.md §6), over the index that
 * scripts/build-search-index.ts precomputes. Pure and synchronous: it runs on every keystroke.
 *
 * Ranking, best first: an exact name or alias (社保, shebao, sb), then a prefix of a term's
 * initials, then pinyin spelled from a term's start, then pinyin spelled mid-term, then a plain
 * substring (Chinese, or English words). Ties go to the earlier match, then catalog order.
 */
import { searchIndex } from "./index.generated";
import {
  initialsPrefix,
  parsePinyin,
  type Syllables,
  spellsAnywhere,
  spellsExactly,
  spellsFrom,
} from "./match";
import type { IndexedEntry } from "./types";

export type SearchLocale = "zh-CN" | "en";
export type MatchedBy = "exact" | "initials" | "pinyin" | "text";

export interface SearchHit {
  /** A service id, or an action id (e.g. "elder-mode") when `kind` is "action". */
  id: string;
  kind: "service" | "action";
  matchedBy: MatchedBy;
  /** Lower is better; hits come sorted by it. */
  score: number;
}

interface PreparedTerm {
  text: string;
  /** The text as a typed query would be normalized, for exact matches. */
  typed: string;
  syllables: Syllables;
}

interface PreparedEntry {
  entry: IndexedEntry;
  order: number;
  terms: PreparedTerm[];
  en: string;
}

/** A searcher over any index; tests build small ones, the kiosk uses `searchServices`. */
export function createSearch(index: readonly IndexedEntry[]) {
  const prepared: PreparedEntry[] = index.map((entry, order) => ({
    entry,
    order,
    en: ` ${normalizeEnglish(entry.en)} `,
    terms: [entry.name, ...entry.aliases].map((t) => ({
      text: t.text,
      typed: normalizePinyin(t.text),
      syllables: parsePinyin(t.pinyin),
    })),
  }));

  return (query: string, locale: SearchLocale, serviceIds?: readonly string[]): SearchHit[] => {
    const allowed = serviceIds === undefined ? undefined : new Set(serviceIds);
    const q = normalizePinyin(query);
    if (q === "") return [];
    const qEn = normalizeEnglish(query);
    const hits: (SearchHit & { order: number })[] = [];
    for (const p of prepared) {
      if (p.entry.kind === "service" && allowed !== undefined && !allowed.has(p.entry.id)) continue;
      const best = scoreEntry(p, q, qEn, locale);
      if (best !== undefined) hits.push({ id: p.entry.id, kind: p.entry.kind, ...best, order: p.order });
    }
    hits.sort((a, b) => a.score - b.score || a.order - b.order);
    return hits.map(({ id, kind, matchedBy, score }) => ({ id, kind, matchedBy, score }));
  };
}

const TIER = 100;

function scoreEntry(
  p: PreparedEntry,
  q: string,
  qEn: string,
  locale: SearchLocale,
): { matchedBy: MatchedBy; score: number } | undefined {
  const ascii = /^[a-z0-9]+$/.test(q);
  let best: { matchedBy: MatchedBy; score: number } | undefined;
  const offer = (matchedBy: MatchedBy, tier: number, position: number) => {
    const score = tier * TIER + Math.min(position, TIER - 1);
    if (best === undefined || score < best.score) best = { matchedBy, score };
  };

  for (const term of p.terms) {
    if (term.typed === q) offer("exact", 0, 0);
    const at = term.text.indexOf(q);
    if (at !== -1) offer("text", 4, at);
    if (!ascii) continue;
    if (spellsExactly(q, term.syllables)) offer("exact", 0, 0);
    else if (initialsPrefix(q, term.syllables)) offer("initials", 1, 0);
    else if (spellsFrom(q, term.syllables, 0)) offer("pinyin", 2, 0);
    else {
      const start = spellsAnywhere(q, term.syllables);
      if (start !== -1) offer("pinyin", 3, start);
    }
  }

  // English words, each the start of a word in any order ("electricity bill"): first class in the
  // English UI, a last resort in the Chinese one. A lone letter says too little to match English.
  if (qEn.length >= 2) {
    const words = qEn.split(" ");
    const starts = words.map((w) => p.en.indexOf(` ${w}`));
    if (starts.every((at) => at !== -1)) offer("text", locale === "en" ? 1 : 4, starts[0] ?? 0);
    else if (qEn.length >= 3 && p.en.includes(qEn)) offer("text", locale === "en" ? 2 : 4, TIER - 1);
  }
  return best;
}

/** Lower case, no spaces or apostrophes, ü as v: how pinyin is typed. */
function normalizePinyin(text: string): string {
  return text
    .toLowerCase()
    .replace(/ü/g, "v")
    .replace(/[\s'’·]/g, "");
}

function normalizeEnglish(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Ranked services (and actions such as 长辈版) for a query, optionally only among `serviceIds`. */
export const searchServices = createSearch(searchIndex);
