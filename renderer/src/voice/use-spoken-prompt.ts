import { useEffect, useId } from "react";
import { useVoice } from "./voice-context";

/**
 * Gives the page on screen its spoken prompt: what it asks and what to press next, in the words
 * the page already shows. `auto: false` keeps 长辈版 from reading it by itself (the attract
 * screen, which would otherwise talk to every passer-by). Outside a VoiceProvider it does nothing.
 */
export function useSpokenPrompt(text: string | null, { auto = true }: { auto?: boolean } = {}): void {
  const voice = useVoice();
  const id = useId();
  const register = voice?.register;
  const unregister = voice?.unregister;
  useEffect(() => {
    if (!register || !unregister || text === null || text.trim() === "") return;
    register(id, text, auto);
    return () => unregister(id);
  }, [register, unregister, id, text, auto]);
}

/** The same, for a screen that is not ours to edit: render it beside the screen. */
export function SpokenPrompt({ text, auto }: { text: string; auto?: boolean }): null {
  useSpokenPrompt(text, auto === undefined ? {} : { auto });
  return null;
}
