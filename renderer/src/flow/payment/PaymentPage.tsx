import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PaymentView } from "../../../../core/api";
import { formatYuan } from "../../../../kiosk-config/layouts/payment-receipt";
import { useKiosk } from "../../app/kiosk-context";
import { localized } from "../../i18n/localized";
import { QrImage } from "../../widgets/QrImage";
import { callFailure } from "../call-failure";
import { PageFrame } from "../PageFrame";
import { minutesSeconds, useSecondsLeft } from "./countdown";
import { PaymentOutcome } from "./PaymentOutcome";
import { usePaymentWatch } from "./use-payment-watch";

interface Props {
  payment: PaymentView;
  session: () => Promise<string>;
  /** Central said more about the order (the page never decides an order's state itself). */
  onChange: (next: PaymentView) => void;
  onPrint: () => void;
  onFinish: () => void;
  onPayAgain: () => void;
  onHome: () => void;
}

/**
 * The amount due and the QR code the resident pays with on their phone, a countdown to the
 * order's expiry and its live state; then how it ended (PaymentOutcome). Cancelling asks central
 * to close the order, and central's answer is what shows: a payer who paid a moment before the
 * tap sees 缴费成功, never "cancelled" over money that moved.
 */
export function PaymentPage({ payment, session, onChange, onPrint, onFinish, onPayAgain, onHome }: Props) {
  const { t, i18n } = useTranslation();
  const { kiosk } = useKiosk();
  // The deadline is fixed when the view arrives, from the seconds core counted on its own clock.
  const [deadline] = useState(() => Date.now() + payment.secondsLeft * 1000);
  const seconds = useSecondsLeft(deadline);
  const { offline } = usePaymentWatch(session, payment, onChange);
  const [cancelling, setCancelling] = useState(false);
  const [cancelFailed, setCancelFailed] = useState(false);

  if (payment.state !== "pending") {
    return (
      <PaymentOutcome
        payment={payment}
        onPrint={onPrint}
        onFinish={onFinish}
        onPayAgain={onPayAgain}
        onHome={onHome}
      />
    );
  }

  const cancel = (): void => {
    setCancelling(true);
    setCancelFailed(false);
    session()
      .then((sessionId) => kiosk.cancelPayment({ sessionId, orderId: payment.orderId }))
      .then(onChange)
      .catch((error: unknown) => {
        if (callFailure(error).code === "session-ended") onHome();
        else setCancelFailed(true);
      })
      .finally(() => setCancelling(false));
  };

  const amount = formatYuan(payment.amountFen);
  return (
    <PageFrame
      title={t("pay.scanTitle")}
      hint={t("pay.scanHint")}
      problems={cancelFailed ? [{ message: t("pay.cancelFailed") }] : []}
      secondary={[
        {
          label: cancelling ? t("pay.cancelling") : t("pay.cancelPay"),
          onClick: cancel,
          testId: "pay-cancel",
        },
      ]}
      testId="page-pay"
    >
      <div className="pay" data-testid="pay-pending">
        <div className="pay__bill">
          <p className="pay__label">{t("pay.amountLabel")}</p>
          <p className="pay__amount mono" data-testid="pay-amount">
            {amount}
          </p>
          <p className="pay__label">{t("pay.forLabel")}</p>
          <p className="pay__for" data-testid="pay-description">
            {localized(payment.description, i18n.language)}
          </p>
        </div>
        {/* The pay link is also the element's data: what the phone opens, for tests and support. */}
        <div className="pay__scan" data-testid="pay-qr" data-payload={payment.qrPayload}>
          <QrImage payload={payment.qrPayload} alt={t("pay.qrAlt")} className="pay__qr" />
          <p className="pay__countdown mono" data-testid="pay-countdown" aria-live="off">
            {t("pay.timeLeft", { time: minutesSeconds(seconds) })}
          </p>
        </div>
      </div>
      <p className="pay__status" role="status" data-testid="pay-status">
        {t("pay.waiting")}
      </p>
      {offline && (
        <p className="notice notice--bad" data-testid="pay-offline">
          {t("pay.offline")}
        </p>
      )}
    </PageFrame>
  );
}
