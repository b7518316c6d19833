import { Check, X } from "lucide-react";
import { useTranslation } from "react-i18next";
import type { PaymentView } from "../../../../core/api";
import { formatYuan } from "../../../../kiosk-config/layouts/payment-receipt";
import { printerReady } from "../../app/printer-ready";
import { useKioskStatus } from "../../app/use-kiosk-status";
import { localized } from "../../i18n/localized";
import { PageFrame } from "../PageFrame";

type Ended = "declined" | "expired" | "cancelled" | "refunded";

const endedWords: Record<Ended, { title: string; body: string }> = {
  declined: { title: "pay.declinedTitle", body: "pay.declinedBody" },
  expired: { title: "pay.expiredTitle", body: "pay.expiredBody" },
  cancelled: { title: "pay.cancelledTitle", body: "pay.cancelledBody" },
  refunded: { title: "pay.refundedTitle", body: "pay.refundedBody" },
};

/**
 * How the order ended. Paid: the amount and the provider's transaction number, and the receipt to
 * print (not offered while the printer cannot print: the number on screen is the record then).
 * Anything else: what happened and that nothing was charged, in plain words, and a fresh try.
 */
export function PaymentOutcome({
  payment,
  onPrint,
  onFinish,
  onPayAgain,
  onHome,
}: {
  payment: PaymentView;
  onPrint: () => void;
  onFinish: () => void;
  onPayAgain: () => void;
  onHome: () => void;
}) {
  const { t, i18n } = useTranslation();
  const canPrint = printerReady(useKioskStatus()) && payment.receipt !== null;
  if (payment.state === "paid") {
    return (
      <PageFrame
        title={t("pay.paidTitle")}
        hint={localized(payment.description, i18n.language)}
        primary={
          canPrint
            ? { label: t("pay.printReceipt"), onClick: onPrint, testId: "flow-print" }
            : { label: t("flow.goodbyeDone"), onClick: onFinish, testId: "flow-finish" }
        }
        secondary={canPrint ? [{ label: t("flow.noPrint"), onClick: onFinish, testId: "flow-finish" }] : []}
        testId="page-pay-paid"
      >
        <div className="confirmation confirmation--approved" data-testid="pay-paid">
          <p className="confirmation__status" role="status" data-testid="pay-state" data-state="paid">
            <Check aria-hidden="true" size="1em" strokeWidth={3} />
            {t("pay.paidBody")}
          </p>
          <p className="confirmation__ref mono" data-testid="pay-amount">
            {formatYuan(payment.amountFen)}
          </p>
          <p className="confirmation__label">{t("pay.transactionNo")}</p>
          <p className="confirmation__claim mono" data-testid="pay-transaction">
            {payment.transactionNo}
          </p>
        </div>
      </PageFrame>
    );
  }
  // `pending` never reaches here (PaymentPage shows the QR code while it lasts).
  const words = endedWords[payment.state === "pending" ? "cancelled" : payment.state];
  return (
    <PageFrame
      title={t(words.title)}
      primary={
        payment.state === "refunded"
          ? { label: t("pay.home"), onClick: onHome, testId: "pay-home" }
          : { label: t("pay.payAgain"), onClick: onPayAgain, testId: "pay-again" }
      }
      secondary={payment.state === "refunded" ? [] : [{ label: t("pay.home"), onClick: onHome, testId: "pay-home" }]}
      testId="page-pay-ended"
    >
      <div className="confirmation confirmation--rejected" data-testid="pay-ended">
        <p className="confirmation__status" role="status" data-testid="pay-state" data-state={payment.state}>
          <X aria-hidden="true" size="1em" strokeWidth={3} />
          {t(words.body)}
        </p>
        <p className="confirmation__label">{localized(payment.description, i18n.language)}</p>
        <p className="confirmation__ref mono">{formatYuan(payment.amountFen)}</p>
      </div>
    </PageFrame>
  );
}
