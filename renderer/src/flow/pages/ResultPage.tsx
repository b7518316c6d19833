import { Check, X } from "lucide-react";
import { useTranslation } from "react-i18next";
import type { SubmissionOutcome } from "../../../../core/api";
import type { ServiceDefinition } from "../../../../kiosk-config/services/model/schema";
import { claimCodeUse } from "../../../../kiosk-config/services/model/claim-code";
import { printerReady } from "../../app/printer-ready";
import { useKioskStatus } from "../../app/use-kiosk-status";
import { inScript, localized } from "../../i18n/localized";
import { NoPaper, receiptQrPayload } from "../NoPaper";
import { SmsReference } from "../SmsReference";
import { PageFrame } from "../PageFrame";
import { receiptOf } from "../finish";
import type { FlowResult } from "../state";

type StatusKey = "approved" | "accepted" | "pending" | "rejected" | "queued";

const statusKey = (o: SubmissionOutcome): StatusKey => (o.queued ? "queued" : o.status);

/**
 * The confirmation page: reference number and status in large type, the 秒批 reasons on the
 * same screen, what happens next; or a query's rows; or the queue number and the people ahead.
 */
export function ResultPage({
  service,
  result,
  onPrint,
  onFinish,
  phone,
  session,
}: {
  service: ServiceDefinition;
  /** A payment's order has its own pages (flow/payment/). */
  result: Exclude<FlowResult, { kind: "payment" }>;
  onPrint: () => void;
  onFinish: () => void;
  /** The mobile number in the answers, where the service asked for one. */
  phone?: string | undefined;
  /** The open session's id, for texting the reference number. */
  session: () => Promise<string>;
}) {
  const { t, i18n } = useTranslation();
  const receipt = receiptOf(result);
  // With the printer out of paper (or otherwise unable), printing is not offered at all; the
  // page itself becomes the receipt (see NoPaper), and 完成 is the only way on.
  const canPrint = printerReady(useKioskStatus());
  const printable = receipt !== null && canPrint;
  const printLabel = service.kind === "print-certificate" ? t("flow.printCertificate") : t("flow.print");
  const common = {
    primary: printable
      ? { label: printLabel, onClick: onPrint, testId: "flow-print" }
      : { label: t("flow.goodbyeDone"), onClick: onFinish, testId: "flow-finish" },
    secondary: printable ? [{ label: t("flow.noPrint"), onClick: onFinish, testId: "flow-finish" }] : [],
  };
  const noPaper =
    receipt !== null && !canPrint ? (
      <NoPaper
        qr={receiptQrPayload(receipt)}
        queue={result.kind === "ticket"}
        query={result.kind === "query"}
        sms={
          result.kind === "submission" && !result.outcome.queued && phone !== undefined ? (
            <SmsReference phone={phone} referenceNo={result.outcome.referenceNo} session={session} />
          ) : null
        }
      />
    ) : null;
  switch (result.kind) {
    case "submission": {
      const o = result.outcome;
      const key = statusKey(o);
      const isReport = service.kind === "report";
      const claimUse = claimCodeUse(service, o.status);
      return (
        <PageFrame title={localized(service.name, i18n.language)} {...common} testId="page-result">
          <div className={`confirmation confirmation--${key}`} data-testid="confirmation">
            <p className="confirmation__status" role="status" data-testid="result-status">
              {key === "rejected" ? (
                <X aria-hidden="true" size="1em" strokeWidth={3} />
              ) : (
                <Check aria-hidden="true" size="1em" strokeWidth={3} />
              )}
              {t(`flow.status.${key}`)}
            </p>
            <p className="confirmation__label">{isReport ? t("flow.trackingNo") : t("flow.referenceNo")}</p>
            <p className="confirmation__ref mono" data-testid="reference-no">
              {o.referenceNo}
            </p>
            {o.claimCode && claimUse !== null && (
              <>
                <p className="confirmation__claim">
                  {claimUse === "reward" ? t("flow.rewardClaimCode") : t("flow.claimCode")}
                  {t("flow.colon")}
                  <strong className="mono" data-testid="claim-code">
                    {o.claimCode}
                  </strong>
                </p>
                <p className="confirmation__claim-note" data-testid="claim-note">
                  {claimUse === "reward"
                    ? t(canPrint ? "flow.rewardClaimNote" : "flow.rewardClaimNoteNoPaper")
                    : t(canPrint ? "flow.claimNote" : "flow.claimNoteNoPaper")}
                </p>
              </>
            )}
          </div>
          {o.reasons.length > 0 && (
            <section aria-labelledby="reasons-title" className="reasons">
              <h2 id="reasons-title">{t("flow.reasons")}</h2>
              <ul data-testid="reasons">
                {o.reasons.map((r) => (
                  <li key={r.code}>{localized(r, i18n.language)}</li>
                ))}
              </ul>
            </section>
          )}
          {noPaper}
          <section aria-labelledby="next-title" className="what-next">
            <h2 id="next-title">{t("flow.whatNext")}</h2>
            {/* Without paper, nothing may point at a receipt the resident will not get. */}
            <p data-testid="what-next">
              {!canPrint && (key === "approved" || key === "queued")
                ? t(`flow.nextNoPaper.${key}`)
                : t(`flow.next.${key}`)}
            </p>
          </section>
        </PageFrame>
      );
    }
    case "query":
      return (
        <PageFrame
          title={t("flow.queryTitle")}
          hint={localized(service.name, i18n.language)}
          {...common}
          testId="page-result"
        >
          <dl className="summary-list" data-testid="query-rows">
            {result.result.rows.map((r) => (
              <div className="summary-list__row summary-list__row--two" key={`${r.label["zh-CN"]}${r.value}`}>
                <dt>{localized(r.label, i18n.language)}</dt>
                <dd>
                  {r.text === undefined ? inScript(r.value, i18n.language) : localized(r.text, i18n.language)}
                </dd>
              </div>
            ))}
          </dl>
          <p className="flow-page__hint">{t("flow.queryNote")}</p>
          {noPaper}
        </PageFrame>
      );
    case "ticket": {
      const ticket = result.ticket;
      return (
        <PageFrame title={t("flow.ticketTitle")} {...common} testId="page-result">
          <div className="confirmation confirmation--approved">
            <p className="confirmation__ref mono" data-testid="ticket-no">
              {ticket.ticketNo}
            </p>
            <p className="confirmation__status" role="status" data-testid="waiting-ahead">
              {t("flow.ticketAhead", { count: ticket.waitingAhead })}
            </p>
            <p>{t("flow.ticketDept", { name: localized(ticket.departmentName, i18n.language) })}</p>
          </div>
          {noPaper}
        </PageFrame>
      );
    }
  }
}
