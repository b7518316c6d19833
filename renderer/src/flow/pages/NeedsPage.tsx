import { useTranslation } from "react-i18next";
import type { ServiceDefinition } from "../../../../kiosk-config/services/model/schema";
import { localized } from "../../i18n/localized";
import { PageFrame } from "../PageFrame";

/** "What you will need", before any card is read (GOV.UK's start page), and a plain word when offline. */
export function NeedsPage({
  service,
  offlineBlocked,
  onStart,
  onBack,
  onCancel,
}: {
  service: ServiceDefinition;
  /** True when the kiosk is offline and the service cannot be done without the network. */
  offlineBlocked: boolean;
  onStart: () => void;
  onBack: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const name = localized(service.name, i18n.language);
  return (
    <PageFrame
      title={t("flow.needsTitle")}
      primary={
        offlineBlocked ? undefined : { label: t("flow.start"), onClick: onStart, testId: "flow-start" }
      }
      onBack={onBack}
      onCancel={onCancel}
      testId="page-needs"
    >
      <p className="flow-page__service" data-testid="service-name">
        {t("flow.needsIntro", { service: name })}
      </p>
      <ul className="needs-list">
        {service.needs.map((need) => (
          <li key={need["zh-CN"]}>{localized(need, i18n.language)}</li>
        ))}
      </ul>
      {offlineBlocked && (
        <p className="notice notice--bad" role="alert" data-testid="offline-only">
          {t("flow.offlineOnly")}
        </p>
      )}
    </PageFrame>
  );
}
