import { useEffect, useEffectEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Message, PrintResult } from "../../../../core/api";
import type { TicketPreview } from "../../../../kiosk-config/layouts/model";
import { useKiosk } from "../../app/kiosk-context";
import { asLocale } from "../../i18n";
import { localized } from "../../i18n/localized";
import { PaperPreview } from "../../widgets/PaperPreview";
import { PageFrame } from "../PageFrame";

type Printing = { state: "printing" } | { state: "failed"; message: string };

/**
 * The on-screen preview, drawn from previewReceipt, while the printer prints; the flow moves on
 * only once printReceipt() resolves, i.e. the printer confirmed the receipt (issue 6). The page
 * names only its session: core prints the receipt it made for it, never data from the page.
 */
export function PrintPage({
  session,
  onPrinted,
  onSkip,
  onBackToResult,
}: {
  /** The open session's id (the flow's session opener). */
  session: () => Promise<string>;
  /** Called once the printer confirmed, with the preview (null if it could not be drawn). */
  onPrinted: (preview: TicketPreview | null) => void;
  onSkip: () => void;
  /** Back to the result page, which shows the number, and the QR code while the printer cannot print. */
  onBackToResult: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { kiosk } = useKiosk();
  // The receipt prints in the resident's language: 繁體 residents get Traditional characters.
  const locale = asLocale(i18n.language);
  const [preview, setPreview] = useState<TicketPreview | null>(null);
  const [printing, setPrinting] = useState<Printing>({ state: "printing" });
  // One print per attempt (StrictMode runs effects twice in development); 重新打印 adds one.
  const [attempt, setAttempt] = useState(0);
  const ran = useRef(-1);
  const printed = useEffectEvent(() => onPrinted(preview));
  const failedWith = useEffectEvent((message: Message) =>
    setPrinting({ state: "failed", message: localized(message, i18n.language) }),
  );

  useEffect(() => {
    let live = true;
    session()
      .then((sessionId) => kiosk.previewReceipt({ sessionId, locale }))
      .then((p) => live && setPreview(p))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [kiosk, session, locale]);

  useEffect(() => {
    if (ran.current === attempt) return;
    ran.current = attempt;
    session()
      .then((sessionId) => kiosk.printReceipt({ sessionId, locale }))
      .then((r: PrintResult) => (r.ok ? printed() : failedWith(r.message)))
      .catch(() =>
        failedWith({
          "zh-CN": "打印机没有响应，请请工作人员协助。",
          en: "The printer did not answer; please ask staff.",
        }),
      );
  }, [kiosk, session, attempt, locale]);

  const print = (): void => {
    setPrinting({ state: "printing" });
    setAttempt((n) => n + 1);
  };

  const failed = printing.state === "failed";
  return (
    <PageFrame
      title={failed ? t("flow.printFailed") : t("flow.printing")}
      problems={failed ? [{ message: printing.message }] : []}
      primary={failed ? { label: t("flow.printAgain"), onClick: print, testId: "print-again" } : undefined}
      secondary={
        failed
          ? [
              { label: t("flow.backToResult"), onClick: onBackToResult, testId: "print-back" },
              { label: t("flow.finishNoPrint"), onClick: onSkip, testId: "print-skip" },
            ]
          : []
      }
      testId="page-print"
    >
      <p className="visually-hidden" role="status">
        {failed ? printing.message : t("flow.printing")}
      </p>
      {/* A picture of a receipt that did not print would read as if it had. */}
      {preview && !failed && <PaperPreview preview={preview} label={t("flow.previewTitle")} />}
    </PageFrame>
  );
}
