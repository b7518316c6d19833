import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useKiosk } from "../app/kiosk-context";
import { say } from "./text";

const DIGITS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "", "0", "⌫"];

/** Six-digit PIN entry; the lockout itself lives in core, this only shows what core says. */
export function PinPad({
  onUnlocked,
  onCancel,
}: {
  onUnlocked: (token: string) => void;
  onCancel: () => void;
}) {
  const { kiosk } = useKiosk();
  const { i18n } = useTranslation();
  const [pin, setPin] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const locale = i18n.language;

  const press = (key: string): void => {
    if (key === "⌫") {
      setPin((p) => p.slice(0, -1));
      return;
    }
    const next = (pin + key).slice(0, 6);
    setPin(next);
    if (next.length < 6) return;
    setPin("");
    void kiosk.unlockMaintenance({ pin: next }).then((result) => {
      if (result.ok) onUnlocked(result.token);
      else if (result.lockedForSeconds > 0) setProblem(say("locked", locale, result.lockedForSeconds));
      else setProblem(say("wrongPin", locale, result.attemptsLeft));
    });
  };

  return (
    <section className="maintenance maintenance--pin" aria-labelledby="pin-title">
      <h1 id="pin-title">{say("enterPin", locale)}</h1>
      <p className="pin-dots" aria-live="polite" data-testid="pin-dots">
        {"●".repeat(pin.length).padEnd(6, "○")}
      </p>
      {problem && (
        <p className="maintenance__problem" role="alert">
          {problem}
        </p>
      )}
      <div className="pin-pad">
        {DIGITS.map((key, i) =>
          key === "" ? (
            <span key={`gap-${String(i)}`} />
          ) : (
            <button
              key={key}
              type="button"
              className="button button--secondary"
              aria-label={key === "⌫" ? say("clear", locale) : key}
              onClick={() => press(key)}
            >
              {key}
            </button>
          ),
        )}
      </div>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {say("cancel", locale)}
      </button>
    </section>
  );
}
