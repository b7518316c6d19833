/**
 * The precomputed search index: what `scripts/build-search-index.ts` writes into
 * `index.generated.ts`. Pinyin is spelled per syllable, space-separated; a syllable with several
 * kept readings lists them with "|" (e.g. "chang|zhang"). Non-Chinese runs such as "12345" are
 * one lower-case syllable each.
 */
export interface IndexedTerm {
  /** The name or alias as written. */
  text: string;
  /** Its syllables, e.g. "she bao can bao xin xi cha xun". */
  pinyin: string;
}

export interface IndexedEntry {
  /** A service id, or an action id when `kind` is "action". */
  id: string;
  kind: "service" | "action";
  /** The English name and extra English keywords, lower-case, for English matching. */
  en: string;
  /** The zh-CN name. */
  name: IndexedTerm;
  /** Curated aliases (社保, 医保 …). */
  aliases: IndexedTerm[];
}
