import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { chooseVoice } from "./choose-voice";
import { speak, stopSpeaking, synthesis, voicesOf } from "./speech";
import { type VoiceBlock, VoiceContext, type VoiceContextValue } from "./voice-context";

interface Prompt {
  id: string;
  text: string;
  auto: boolean;
}

interface Props {
  /** The page's language (i18n.language); the voice is chosen to match it. */
  lang: string;
  /** 长辈版: each page's prompt is read as the page appears. */
  elder: boolean;
  /** From the kiosk config; absent = full volume, not quiet. */
  settings: { volume: number; quiet: boolean } | undefined;
  children: ReactNode;
}

/**
 * Speaks the prompt of the page on screen. Pages register their prompt (useSpokenPrompt); this
 * stops speech whenever that prompt changes or goes (a new page, a new language) and when the
 * provider unmounts (the session ended), and in 长辈版 reads each new prompt by itself.
 */
export function VoiceProvider({ lang, elder, settings, children }: Props) {
  const synth = useMemo(() => synthesis(), []);
  const [voices, setVoices] = useState(() => voicesOf(synth));
  const [prompts, setPrompts] = useState<readonly Prompt[]>([]);
  // Which utterance is sounding, and for which prompt: a new page is never "speaking" because an
  // old page's sentence has not reported its end yet.
  const [sounding, setSounding] = useState<{ token: number; text: string } | null>(null);
  const tokens = useRef(0);
  const quiet = settings?.quiet ?? false;
  const volume = settings?.volume ?? 1;

  // Platforms load their voices after the page starts and say so with voiceschanged.
  useEffect(() => {
    if (synth === null) return;
    const update = (): void => setVoices(voicesOf(synth));
    synth.addEventListener("voiceschanged", update);
    update();
    return () => synth.removeEventListener("voiceschanged", update);
  }, [synth]);

  const voice = useMemo(() => chooseVoice(voices, lang), [voices, lang]);
  const blocked: VoiceBlock | null = quiet || volume === 0 ? "quiet" : voice === null ? "no-voice" : null;
  const current = prompts.at(-1);

  // Speech belongs to one page: a sentence still running when the page goes is cut off.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      stopSpeaking(synth);
    };
  }, [synth]);
  const say = useCallback(
    (words: string) => {
      if (voice === null) return;
      const token = ++tokens.current;
      speak(synth, words, voice, volume, (now) => {
        if (!mounted.current) return;
        setSounding((cur) =>
          now ? (token === tokens.current ? { token, text: words } : cur) : cur?.token === token ? null : cur,
        );
      });
      return token;
    },
    [synth, voice, volume],
  );

  const text = current?.text;
  const auto = elder && (current?.auto ?? false);
  useEffect(() => {
    stopSpeaking(synth);
    if (text !== undefined && auto && blocked === null) say(text);
  }, [synth, text, auto, blocked, say]);

  const register = useCallback((id: string, next: string, nextAuto: boolean) => {
    setPrompts((list) => [...list.filter((p) => p.id !== id), { id, text: next, auto: nextAuto }]);
  }, []);
  const unregister = useCallback((id: string) => {
    setPrompts((list) => list.filter((p) => p.id !== id));
  }, []);
  const speaking = sounding !== null && sounding.text === text;
  const toggle = useCallback(() => {
    if (speaking) {
      stopSpeaking(synth);
      setSounding(null);
    } else if (text !== undefined && blocked === null) {
      const token = say(text);
      // Say so at once: some platforms report the start only when the sound begins.
      if (token !== undefined) setSounding({ token, text });
    }
  }, [speaking, synth, text, blocked, say]);

  const value = useMemo<VoiceContextValue>(
    () => ({ blocked, speaking, toggle, register, unregister }),
    [blocked, speaking, toggle, register, unregister],
  );
  return <VoiceContext value={value}>{children}</VoiceContext>;
}
