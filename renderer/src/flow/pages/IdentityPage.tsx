import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Message } from "../../../../core/api";
import { useKiosk } from "../../app/kiosk-context";
import { localized } from "../../i18n/localized";
import { PageFrame } from "../PageFrame";

/**
 * "请将身份证放在读卡区" with an animation. The card-read event moves the flow on (FlowScreen);
 * this page shows reading progress and reader errors, and refuses 继续 without a card unless the
 * service lets the resident go on without one. A card already lying on the reader (read for an
 * earlier session, such as the maintenance menu's) is read again as the page opens, so the
 * resident never has to lift it.
 */
export function IdentityPage({
  optional,
  session,
  onSkip,
  onBack,
  onCancel,
}: {
  optional: boolean;
  session: () => Promise<string>;
  onSkip: () => void;
  onBack: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { kiosk } = useKiosk();
  const [reading, setReading] = useState(false);
  const [readerError, setReaderError] = useState<Message | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    // No card there, or the session just ended: nothing to read, and the page says what to do.
    void session()
      .then((sessionId) => kiosk.readCardOnReader({ sessionId }))
      .catch(() => undefined);
  }, [kiosk, session]);
  useEffect(() => {
    const offs = [
      kiosk.on("card-present", () => {
        setReading(true);
        setReaderError(null);
      }),
      kiosk.on("reader-error", (e) => {
        setReading(false);
        setReaderError(e.message);
      }),
      kiosk.on("card-removed", () => setReading(false)),
    ];
    return () => {
      for (const off of offs) off();
    };
  }, [kiosk]);
  const problems = [
    ...(refused ? [{ message: t("flow.identityRequired") }] : []),
    ...(readerError ? [{ message: localized(readerError, i18n.language) }] : []),
  ];
  return (
    <PageFrame
      title={t("flow.identityTitle")}
      hint={t("flow.identityHint")}
      problems={problems}
      primary={
        optional
          ? { label: t("flow.identitySkip"), onClick: onSkip, testId: "identity-skip" }
          : { label: t("flow.continue"), onClick: () => setRefused(true) }
      }
      onBack={onBack}
      onCancel={onCancel}
      testId="page-identity"
    >
      <div className="identity-reader" aria-hidden="true">
        <span className="identity-reader__pad" />
        <span className="identity-reader__card">
          <span className="identity-reader__photo" />
        </span>
      </div>
      <p className="identity-status" role="status" data-testid="identity-status">
        {reading ? t("flow.identityReading") : ""}
      </p>
    </PageFrame>
  );
}
