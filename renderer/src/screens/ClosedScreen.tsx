import { Clock3 } from "lucide-react";
import { useTranslation } from "react-i18next";
import type { OpeningHours } from "../../../kiosk-config/config/fleet-fields";
import { localized } from "../i18n/localized";

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** Outside opening hours: why the kiosk is not serving, and when it serves. */
export function ClosedScreen({ hours }: { hours: OpeningHours }) {
  const { t, i18n } = useTranslation();
  const message = hours.message === undefined ? t("closed.message") : localized(hours.message, i18n.language);
  return (
    <section className="closed" aria-labelledby="closed-title" data-testid="closed-screen">
      <Clock3 className="closed__icon" aria-hidden="true" size="1em" strokeWidth={1.5} />
      <h1 id="closed-title">{t("closed.title")}</h1>
      <p className="closed__message">{message}</p>
      <h2 className="section-title">{t("closed.hours")}</h2>
      <dl className="closed__hours">
        {DAYS.map((day) => (
          <div key={day}>
            <dt>{t(`closed.day.${day}`)}</dt>
            <dd>
              {hours.week[day].length === 0
                ? t("closed.dayOff")
                : hours.week[day].map((s) => `${s.open}–${s.close}`).join("，")}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
