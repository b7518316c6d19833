import { useTranslation } from "react-i18next";
import type { LocalizedText } from "../../../core/api";
import { localized } from "../i18n/localized";
import { NumericPad } from "./NumericPad";
import { OnScreenKeyboard } from "./OnScreenKeyboard";

interface Props {
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  /** Common phrases shown first as tiles, so most residents need not type; default none. */
  phrases?: readonly LocalizedText[];
  keyboard: "pinyin" | "alphanumeric" | "numeric";
  labelledBy: string;
  describedBy?: string;
  invalid?: boolean;
  testId?: string;
}

/**
 * Short free text, kept short on purpose: common-phrase tiles first (a tap adds the phrase), then
 * the on-screen keyboard for anything else.
 */
export function TextEntry({
  value,
  onChange,
  maxLength,
  phrases = [],
  keyboard,
  labelledBy,
  describedBy,
  invalid,
  testId,
}: Props) {
  const { t, i18n } = useTranslation();
  const clamp = (text: string): string => text.slice(0, maxLength);
  const addPhrase = (phrase: string): void => {
    if (value.includes(phrase)) return;
    onChange(clamp(value === "" ? phrase : `${value}，${phrase}`));
  };
  return (
    <div className="text-entry" data-testid={testId ?? "text-entry"}>
      {phrases.length > 0 && (
        <div className="text-entry__phrases" role="group" aria-label={t("widget.phrases")}>
          {phrases.map((p) => {
            // Phrases are Chinese text for the department handling it, whatever the UI language.
            const phrase = p["zh-CN"];
            const label = localized(p, i18n.language);
            return (
              <button
                key={phrase}
                type="button"
                className="phrase-tile"
                onClick={() => addPhrase(phrase)}
                aria-pressed={value.includes(phrase)}
                data-testid={`phrase-${phrase}`}
              >
                {label === phrase ? phrase : `${phrase} · ${label}`}
              </button>
            );
          })}
        </div>
      )}
      {keyboard === "numeric" ? (
        <NumericPad
          value={value}
          onChange={onChange}
          maxLength={maxLength}
          labelledBy={labelledBy}
          describedBy={describedBy}
          invalid={invalid}
        />
      ) : (
        <>
          <input
            className="text-entry__display"
            readOnly
            inputMode="none"
            value={value}
            aria-labelledby={labelledBy}
            aria-describedby={describedBy}
            aria-invalid={invalid ? true : undefined}
            data-testid="text-display"
          />
          <p className="text-entry__count" aria-hidden="true">
            {value.length} / {maxLength}
          </p>
          <OnScreenKeyboard
            kind={keyboard}
            value={value}
            onChange={(v) => onChange(clamp(v))}
            maxLength={maxLength}
          />
        </>
      )}
    </div>
  );
}
