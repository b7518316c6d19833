/**
 * The one door to the Web Speech API. Every call is fire-and-forget and never throws: a page
 * never waits on speech, and a platform whose speech engine misbehaves leaves the page working.
 */

/** The browser's synthesiser, or null where there is none (old WebViews, the prerender). */
export function synthesis(): SpeechSynthesis | null {
  return typeof window !== "undefined" && "speechSynthesis" in window ? window.speechSynthesis : null;
}

export function voicesOf(synth: SpeechSynthesis | null): SpeechSynthesisVoice[] {
  try {
    return synth?.getVoices() ?? [];
  } catch {
    return [];
  }
}

export function stopSpeaking(synth: SpeechSynthesis | null): void {
  try {
    synth?.cancel();
  } catch {
    // Nothing to stop then.
  }
}

/** Speaks `text` in `voice` at `volume`, after stopping whatever was being said. */
export function speak(
  synth: SpeechSynthesis | null,
  text: string,
  voice: SpeechSynthesisVoice,
  volume: number,
  onDone: (speaking: boolean) => void,
): void {
  if (synth === null) return;
  try {
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.volume = volume;
    // Slightly slower than the platform's default: prompts are for residents who read slowly.
    utterance.rate = 0.9;
    utterance.onstart = () => onDone(true);
    utterance.onend = () => onDone(false);
    utterance.onerror = () => onDone(false);
    synth.speak(utterance);
  } catch {
    onDone(false);
  }
}
