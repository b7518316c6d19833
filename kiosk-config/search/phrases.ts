/**
 * Common-phrase tiles of a short-text question, filtered as the resident types:
 * "zy" finds 噪音扰民, with the same tiers as service search. Phrases added to the catalog since
 * the index was last generated still match by plain substring.
 */
import type { LocalizedText } from "../services/model/text";
import { phrasePinyin } from "./index.generated";
import { matchTerm, normalizeQuery, prepareTerm } from "./term-match";

/** The phrases that match `query`, best first (all of them, in order, for an empty query). */
export function matchPhrases(phrases: readonly LocalizedText[], query: string): LocalizedText[] {
  const q = normalizeQuery(query);
  if (q === "") return [...phrases];
  const qEn = query.trim().toLowerCase();
  const ranked: { phrase: LocalizedText; score: number; order: number }[] = [];
  phrases.forEach((phrase, order) => {
    const zh = phrase["zh-CN"];
    const match = matchTerm(prepareTerm({ text: zh, pinyin: phrasePinyin[zh] ?? "" }), q);
    const english = qEn.length >= 2 && ` ${phrase.en.toLowerCase()}`.includes(` ${qEn}`);
    const score = match !== undefined ? match.tier * 100 + match.position : english ? 400 : undefined;
    if (score !== undefined) ranked.push({ phrase, score, order });
  });
  ranked.sort((a, b) => a.score - b.score || a.order - b.order);
  return ranked.map((r) => r.phrase);
}
