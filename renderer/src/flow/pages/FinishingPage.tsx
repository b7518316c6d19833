import { useTranslation } from "react-i18next";
import { PageFrame } from "../PageFrame";
import type { FinishKind } from "../finish";

/** The failure the finishing page shows: offline for an online-only service, or anything else. */
export type FinishFailure = "offline-only" | "failed";

/** Visible progress while core submits, queries or takes the ticket; the error with a retry. */
export function FinishingPage({
  kind,
  failure,
  onRetry,
  onBack,
  onCancel,
}: {
  kind: FinishKind;
  failure: FinishFailure | null;
  onRetry: () => void;
  onBack: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const title =
    kind === "ticket" ? t("flow.ticketing") : kind === "query" ? t("flow.querying") : t("flow.submitting");
  if (failure !== null) {
    return (
      <PageFrame
        title={t("flow.submitFailed")}
        problems={[
          { message: failure === "offline-only" ? t("flow.offlineOnly") : t("flow.submitFailedBody") },
        ]}
        primary={{ label: t("flow.retry"), onClick: onRetry, testId: "flow-retry" }}
        onBack={onBack}
        onCancel={onCancel}
        testId="page-failed"
      >
        {failure === "offline-only" && (
          <p className="notice notice--bad" data-testid="offline-only">
            {t("flow.offlineOnly")}
          </p>
        )}
      </PageFrame>
    );
  }
  return (
    <PageFrame title={title} hint={t("flow.progressHint")} testId="page-finishing">
      <div className="progress" role="progressbar" aria-label={title} aria-busy="true">
        <span className="progress__bar" />
      </div>
    </PageFrame>
  );
}
