import { useTranslation } from "react-i18next";
import type { ServiceSummary } from "../../../core/api";
import { localized } from "../i18n/localized";

/** Services as large list rows; a single tap opens the service's flow. */
export function ServiceList({
  services,
  onService,
}: {
  services: readonly ServiceSummary[];
  onService: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="service-list">
      {services.map((s) => (
        <li key={s.id}>
          <button
            type="button"
            className="service-row"
            onClick={() => onService(s.id)}
            data-testid={`service-${s.id}`}
          >
            <span className="service-row__name">{localized(s.name, i18n.language)}</span>
            {s.instantDecision && <span className="badge">{t("catalog.instant")}</span>}
            <span className="service-row__go" aria-hidden="true">
              ›
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
