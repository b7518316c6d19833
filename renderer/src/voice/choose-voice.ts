/** What choose-voice needs of a SpeechSynthesisVoice, so it can be tested with plain objects. */
export interface VoiceLike {
  lang: string;
  localService: boolean;
  default: boolean;
}

/**
 * Language tags a page language may be spoken in, best first. Traditional Chinese reads best in a
 * Hong Kong or Taiwan voice; zh-CN in a Mainland voice. Anything else falls back to its primary
 * language (en → any en-* voice).
 */
const PREFERRED: Record<string, readonly string[]> = {
  "zh-cn": ["zh-cn", "zh-hans", "cmn-hans-cn", "zh"],
  "zh-hant": ["zh-hk", "zh-tw", "zh-hant", "zh-mo"],
  en: ["en-gb", "en-us", "en"],
};

const norm = (tag: string): string => tag.replace(/_/g, "-").toLowerCase();

/**
 * The voice to speak `pageLang` in, or null when the platform has none for that language (the
 * speaker button then says so). A voice on the device wins over a network voice: the kiosk's
 * network reaches only its own services, and Electron's platform voices are all local.
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], pageLang: string): V | null {
  const lang = norm(pageLang);
  const primary = lang.split("-")[0] ?? lang;
  const wanted = PREFERRED[lang] ?? [lang, primary];
  let best: { voice: V; score: number } | null = null;
  for (const voice of voices) {
    const tag = norm(voice.lang);
    if (tag.split("-")[0] !== primary && !(primary === "zh" && tag.startsWith("cmn"))) continue;
    const rank = wanted.findIndex((w) => tag === w || tag.startsWith(`${w}-`));
    // A Traditional page must not fall back to a Mainland voice's readings, and vice versa only
    // as a last resort: the characters differ, the language is the same.
    if (rank < 0 && lang === "zh-hant") continue;
    const score =
      (rank < 0 ? wanted.length : rank) * 4 + (voice.localService ? 0 : 2) + (voice.default ? 0 : 1);
    if (best === null || score < best.score) best = { voice, score };
  }
  return best?.voice ?? null;
}
