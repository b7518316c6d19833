/**
 * Finding a service by Chinese, pinyin, initials or English, over the index that
 * scripts/build-search-index.ts precomputes. Pure and synchronous: it runs on every keystroke.
 *
 * Ranking, best first: an exact name or alias (社保, shebao, sb), then a prefix of a term's
 * initials, then pinyin spelled from a term's start, then pinyin spelled mid-term, then a plain
 * substring (Chinese, or English words). Ties go to the earlier match, then catalog order.
 */
import { searchIndex } from "./index.generated";
import {
  isSpelling,
  type MatchedBy,
  matchTerm,
  normalizeQuery,
  type PreparedTerm,
  prepareTerm,
} from "./term-match";
import type { IndexedEntry } from "./types";

export type SearchLocale = "zh-CN" | "en";
export type { MatchedBy } from "./term-match";

export interface SearchHit {
  /** A service id, or an action id (e.g. "elder-mode") when `kind` is "action". */
  id: string;
  kind: "service" | "action";
  matchedBy: MatchedBy;
  /** Lower is better; hits come sorted by it. */
  score: number;
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
    terms: [entry.name, ...entry.aliases].map(prepareTerm),
  }));

  return (query: string, locale: SearchLocale, serviceIds?: readonly string[]): SearchHit[] => {
    const allowed = serviceIds === undefined ? undefined : new Set(serviceIds);
    const q = normalizeQuery(query);
    if (q === "") return [];
    const qEn = normalizeEnglish(query);
    const spelling = isSpelling(q);
    const hits: (SearchHit & { order: number })[] = [];
    for (const p of prepared) {
      if (p.entry.kind === "service" && allowed !== undefined && !allowed.has(p.entry.id)) continue;
      const best = scoreEntry(p, q, spelling, qEn, locale);
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
  spelling: boolean,
  qEn: string,
  locale: SearchLocale,
): { matchedBy: MatchedBy; score: number } | undefined {
  let best: { matchedBy: MatchedBy; score: number } | undefined;
  const offer = (matchedBy: MatchedBy, tier: number, position: number) => {
    const score = tier * TIER + Math.min(position, TIER - 1);
    if (best === undefined || score < best.score) best = { matchedBy, score };
  };
  for (const term of p.terms) {
    const match = matchTerm(term, q, spelling);
    if (match !== undefined) offer(match.matchedBy, match.tier, match.position);
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

function normalizeEnglish(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Ranked services (and actions such as 长辈版) for a query, optionally only among `serviceIds`. */
export const searchServices = createSearch(searchIndex);
