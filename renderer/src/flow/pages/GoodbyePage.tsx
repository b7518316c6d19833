import { useEffect, useEffectEvent } from "react";
import { useTranslation } from "react-i18next";
import type { TicketPreview } from "../../../../kiosk-config/layouts/model";
import { PaperPreview } from "../../widgets/PaperPreview";
import { PageFrame } from "../PageFrame";

/** Long enough to read and take the paper; the session ends by itself after it. */
const GOODBYE_MS = 15_000;

const TITLE: Record<string, string> = {
  "true-true": "flow.goodbyeTitle",
  "true-false": "flow.goodbyeTitleNoPrint",
  "false-true": "flow.goodbyeTitleReceipt",
  "false-false": "flow.goodbyeTitleNone",
};

/** "请取走身份证和凭条": the ending that ends the session (wiping everything it held). */
export function GoodbyePage({
  printed,
  preview,
  hadCard,
  onDone,
}: {
  /** Whether a receipt was printed (and confirmed by the printer). */
  printed: boolean;
  /** What was printed, drawn again so the resident knows which paper to take; default none. */
  preview: TicketPreview | null;
  hadCard: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const done = useEffectEvent(onDone);
  useEffect(() => {
    const timer = setTimeout(() => done(), GOODBYE_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <PageFrame
      title={t(TITLE[`${hadCard}-${printed}`] ?? "flow.goodbyeTitleNone")}
      primary={{ label: t("flow.goodbyeDone"), onClick: onDone, testId: "flow-done" }}
      testId="page-goodbye"
    >
      <p className="flow-page__body-text">{t("flow.goodbyeBody")}</p>
      {preview && <PaperPreview preview={preview} label={t("flow.previewTitle")} />}
    </PageFrame>
  );
}
