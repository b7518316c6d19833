import { useTranslation } from "react-i18next";
import { localized } from "../../i18n/localized";
import type { CallFailure } from "../call-failure";
import { PageFrame } from "../PageFrame";
import type { FinishKind } from "../finish";

/** Visible progress while core submits, queries or takes the ticket; the error with a retry. */
export function FinishingPage({
  kind,
  failure,
  onRetry,
  onBack,
  onCancel,
}: {
  kind: FinishKind;
  /** Why the last attempt failed, in core's words when it gave any. */
  failure: CallFailure | null;
  onRetry: () => void;
  onBack: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const title =
    kind === "ticket"
      ? t("flow.ticketing")
      : kind === "query"
        ? t("flow.querying")
        : kind === "pay"
          ? t("pay.opening")
          : t("flow.submitting");
  if (failure !== null) {
    const offline = failure.code === "offline";
    const words = failure.text === null ? t("flow.submitFailedBody") : localized(failure.text, i18n.language);
    return (
      <PageFrame
        title={t("flow.submitFailed")}
        problems={[{ message: words }]}
        primary={{ label: t("flow.retry"), onClick: onRetry, testId: "flow-retry" }}
        onBack={onBack}
        onCancel={onCancel}
        testId="page-failed"
      >
        {offline && (
          <p className="notice notice--bad" data-testid="offline-only">
            {words}
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
