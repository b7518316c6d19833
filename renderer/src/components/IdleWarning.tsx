import { useTranslation } from "react-i18next";
import { Dialog } from "./Dialog";

/**
 * The idle warning: a large countdown of at least 30 s and one large "继续办理" button that can be
 * used without limit (the idle floors of kiosk-config/config/schema.ts). The countdown is
 * announced politely every 5 s and every second for the last 10, so a screen-reader user hears it
 * without being flooded. On a menu page nothing was filled in, so it speaks only of returning to
 * the start (and of the card, if one was read).
 */
export function IdleWarning({
  secondsLeft,
  onMenu,
  cardRead,
  onContinue,
  onExit,
}: {
  secondsLeft: number;
  /** The resident is on a menu page (attract, catalog, category, search), not inside a service. */
  onMenu: boolean;
  cardRead: boolean;
  onContinue: () => void;
  onExit: () => void;
}) {
  const { t } = useTranslation();
  const announce = secondsLeft <= 10 || secondsLeft % 5 === 0;
  return (
    <Dialog labelledBy="idle-title" describedBy="idle-body" role="alertdialog">
      <h2 id="idle-title">{t("idle.title")}</h2>
      <p className="countdown" aria-hidden="true" data-testid="idle-countdown">
        {secondsLeft}
      </p>
      <p id="idle-body" aria-live={announce ? "polite" : "off"}>
        {t(onMenu ? (cardRead ? "idle.bodyMenuCard" : "idle.bodyMenu") : "idle.body", {
          seconds: secondsLeft,
        })}
      </p>
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onExit}>
          {t("idle.exit")}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={onContinue}
          data-testid="idle-continue"
        >
          {t("idle.continue")}
        </button>
      </div>
    </Dialog>
  );
}
