import { Volume2, VolumeX } from "lucide-react";
import { useTranslation } from "react-i18next";
import { useVoice } from "./voice-context";

/**
 * 朗读本页: reads the page's prompt aloud, or stops it. On a quiet site or where the platform has
 * no voice for the page's language it stays, disabled, and says why, so nobody taps it in vain.
 * Outside a VoiceProvider it draws the same button, inert.
 */
export function SpeakButton() {
  const { t } = useTranslation();
  const voice = useVoice();
  const blocked = voice?.blocked ?? null;
  const label =
    blocked === "quiet"
      ? t("voice.quiet")
      : blocked === "no-voice"
        ? t("voice.noVoice")
        : voice?.speaking
          ? t("voice.stopReading")
          : t("voice.read");
  const Icon = blocked === null ? Volume2 : VolumeX;
  return (
    <button
      type="button"
      className="button button--secondary speak-button"
      onClick={voice?.toggle}
      disabled={blocked !== null}
      data-testid="speak"
      data-state={blocked ?? (voice?.speaking ? "speaking" : "ready")}
    >
      <Icon className="speak-button__icon" aria-hidden="true" size="1em" strokeWidth={2} />
      {label}
    </button>
  );
}
