import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { QrImage } from "../widgets/QrImage";

/** The address a receipt would have printed as its QR code, if it has one. */
export function receiptQrPayload(receipt: { data: Record<string, unknown> } | null): string | null {
  const url = receipt?.data.progressUrl ?? receipt?.data.qrUrl;
  return typeof url === "string" && url.length > 0 ? url : null;
}

/**
 * What the result page offers when the printer cannot print (缺纸, cover open, offline): an
 * unattended kiosk has nobody to call, so the resident keeps the number by photographing the
 * screen (or has it texted to the mobile number given in the answers), and the receipt's QR
 * code is shown here instead of on paper.
 */
export function NoPaper({
  qr,
  queue,
  query,
  sms,
}: {
  qr: string | null;
  queue: boolean;
  query: boolean;
  /** The texting offer (SmsReference), where the resident gave a mobile number; default none. */
  sms?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section className="no-paper" aria-labelledby="no-paper-title" data-testid="no-paper">
      <h2 id="no-paper-title">{t("flow.noPaperTitle")}</h2>
      <p data-testid="no-paper-photo">{query ? t("flow.noPaperPhotoQuery") : t("flow.noPaperPhoto")}</p>
      {sms}
      {qr !== null && (
        <div className="no-paper__qr" data-testid="no-paper-qr" data-payload={qr}>
          <QrImage payload={qr} alt="QR" className="no-paper__qr-img" />
          <p>{queue ? t("flow.noPaperQueueQr") : t("flow.noPaperQr")}</p>
        </div>
      )}
    </section>
  );
}
