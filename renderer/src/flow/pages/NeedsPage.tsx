import { useEffect, useState } from "react";
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
  const noCamera = useNoCamera(service.steps.some((s) => s.type === "question" && s.answer.type === "photo"));
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
      {noCamera && (
        <p className="notice" role="status" data-testid="needs-no-camera">
          {t("flow.noCameraHere")}
        </p>
      )}
      {offlineBlocked && (
        <p className="notice notice--bad" role="alert" data-testid="offline-only">
          {t("flow.offlineOnly")}
        </p>
      )}
    </PageFrame>
  );
}

/**
 * True once it is known that this kiosk has no camera, for a service with a photo step: the
 * needs list promises a photo taken here, so the resident hears before starting that the step
 * will be skipped instead.
 */
function useNoCamera(wanted: boolean): boolean {
  const [none, setNone] = useState(() => wanted && !canListDevices());
  useEffect(() => {
    if (!wanted || !canListDevices()) return;
    let live = true;
    navigator.mediaDevices
      .enumerateDevices()
      .then((devices) => {
        if (live) setNone(!devices.some((d) => d.kind === "videoinput"));
      })
      .catch(() => {
        if (live) setNone(true);
      });
    return () => {
      live = false;
    };
  }, [wanted]);
  return none;
}

/** False where the page has no media devices at all (no camera API, or an insecure origin). */
const canListDevices = (): boolean =>
  "mediaDevices" in navigator && typeof navigator.mediaDevices.enumerateDevices === "function";
