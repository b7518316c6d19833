import { createContext, useContext } from "react";

/** Why the speaker button cannot speak: a quiet site, or no voice for the page's language. */
export type VoiceBlock = "quiet" | "no-voice";

export interface VoiceContextValue {
  /** Null when the page can be read aloud; otherwise why not. */
  blocked: VoiceBlock | null;
  speaking: boolean;
  /** Reads the current page's prompt aloud (from its start), or stops when it is speaking. */
  toggle: () => void;
  /** Pages register their prompt; the newest registered is the page on screen. */
  register: (id: string, text: string, auto: boolean) => void;
  unregister: (id: string) => void;
}

export const VoiceContext = createContext<VoiceContextValue | null>(null);

/** The voice of the page, or null outside <VoiceProvider> (the prerendered attract screen). */
export function useVoice(): VoiceContextValue | null {
  return useContext(VoiceContext);
}
