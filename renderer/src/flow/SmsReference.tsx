import { useState } from "react";
import { useTranslation } from "react-i18next";
import { maskPhone } from "../../../kiosk-config/services/phone-answer";
import { useKiosk } from "../app/kiosk-context";
import { asLocale } from "../i18n";
import { localized } from "../i18n/localized";
import { callFailure } from "./call-failure";

type Sending =
  | { state: "idle" }
  | { state: "sending" }
  | { state: "sent"; phoneMasked: string }
  | { state: "failed"; message: string };

/**
 * The no-paper panel's offer to text the reference number to the mobile number the resident gave
 * in this service (shown masked). Core and central send to that number only, once: a second tap
 * after a failure is the same message, never a second one.
 */
export function SmsReference({
  phone,
  referenceNo,
  session,
}: {
  phone: string;
  referenceNo: string;
  session: () => Promise<string>;
}) {
  const { t, i18n } = useTranslation();
  const { kiosk } = useKiosk();
  const [sending, setSending] = useState<Sending>({ state: "idle" });
  const send = () => {
    setSending({ state: "sending" });
    session()
      .then((sessionId) =>
        kiosk.sendReferenceSms({ sessionId, referenceNo, locale: asLocale(i18n.language) }),
      )
      .then((r) =>
        setSending(
          r.state === "sent"
            ? { state: "sent", phoneMasked: r.phoneMasked }
            : { state: "failed", message: t("flow.smsFailed") },
        ),
      )
      .catch((error: unknown) => {
        const { text } = callFailure(error);
        setSending({
          state: "failed",
          message: text === null ? t("flow.smsFailed") : localized(text, i18n.language),
        });
      });
  };
  if (sending.state === "sent")
    return (
      <p className="no-paper__sms" role="status" data-testid="sms-sent">
        {t("flow.smsSent", { phone: sending.phoneMasked })}
      </p>
    );
  return (
    <div className="no-paper__sms">
      <button
        type="button"
        className="button button--secondary"
        onClick={send}
        disabled={sending.state === "sending"}
        data-testid="sms-send"
      >
        {sending.state === "sending" ? t("flow.smsSending") : t("flow.smsSend", { phone: maskPhone(phone) })}
      </button>
      {sending.state === "failed" && (
        <p role="alert" data-testid="sms-failed">
          {sending.message}
        </p>
      )}
    </div>
  );
}
