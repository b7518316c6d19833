import { useTranslation } from "react-i18next";
import type { LocalizedText } from "../../../../core/api";
import { localized } from "../../i18n/localized";
import { PageFrame } from "../PageFrame";

/** A page of explanation with no input; or a hardware step this kiosk cannot do, said plainly. */
export function InfoPage({
  title,
  body,
  blocked,
  onContinue,
  onBack,
  onCancel,
}: {
  title: LocalizedText;
  body: LocalizedText | null;
  /** True for a device step this kiosk has no device for: no way on but back or staff. */
  blocked: boolean;
  onContinue: () => void;
  onBack: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <PageFrame
      title={localized(title, i18n.language)}
      primary={blocked ? undefined : { label: t("flow.continue"), onClick: onContinue }}
      onBack={onBack}
      onCancel={onCancel}
      testId="page-info"
    >
      {body && <p className="flow-page__body-text">{localized(body, i18n.language)}</p>}
      {blocked && (
        <p className="notice notice--bad" role="alert">
          {t("flow.deviceUnavailable")}
        </p>
      )}
    </PageFrame>
  );
}
