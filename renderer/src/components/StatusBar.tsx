import { useTranslation } from "react-i18next";
import type { DeviceStatus } from "../../../core/api";
import { useKioskStatus } from "../app/use-kiosk-status";
import type { Locale } from "../i18n";
import { Clock } from "./Clock";

interface Props {
  locale: Locale;
  locales: readonly Locale[];
  onLocale: (locale: Locale) => void;
  elder: boolean;
  onToggleElder: () => void;
}

const LOCALE_LABEL: Record<Locale, string> = { "zh-CN": "简体", "zh-Hant": "繁體", en: "English" };

/** Clock, network and device status (always in words, never colour alone), language and 长辈版. */
export function StatusBar({ locale, locales, onLocale, elder, onToggleElder }: Props) {
  const { t } = useTranslation();
  const status = useKioskStatus();
  return (
    <header className="status-bar">
      <div className="status-bar__brand">
        <span className="brand-mark" aria-hidden="true">
          e
        </span>
        <span>{t("app.brand")}</span>
      </div>
      <Clock locale={locale} />
      <ul className="status-bar__health" aria-label="status">
        <NetworkBadge online={status === null || !status.central.checked ? null : status.online} />
        {status && (
          <DeviceBadge label={t("status.reader")} device={status.devices.reader} testId="reader-status" />
        )}
        {status && (
          <DeviceBadge label={t("status.printer")} device={status.devices.printer} testId="printer-status" />
        )}
      </ul>
      <div className="status-bar__controls">
        <div className="segmented" role="group" aria-label={t("settings.language")}>
          {locales.map((l) => (
            <button key={l} type="button" lang={l} aria-pressed={l === locale} onClick={() => onLocale(l)}>
              {LOCALE_LABEL[l]}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="toggle"
          aria-pressed={elder}
          onClick={onToggleElder}
          data-testid="elder-toggle"
        >
          {t("settings.elder")}
        </button>
      </div>
    </header>
  );
}

function DeviceBadge({ label, device, testId }: { label: string; device: DeviceStatus; testId: string }) {
  const { t } = useTranslation();
  const ok = device.state === "online" && device.paper !== "out" && device.coverOpen !== true;
  const paper = device.paper && device.paper !== "ok" ? ` · ${t(`status.paper.${device.paper}`)}` : "";
  return (
    <li
      className={ok ? "health health--ok" : "health health--bad"}
      data-testid={testId}
      data-state={device.state}
    >
      <span aria-hidden="true">{ok ? "●" : "○"}</span> {label} {t(`status.state.${device.state}`)}
      {paper}
    </li>
  );
}

/**
 * Online, offline, or still connecting: before the first status arrives, and until the kiosk's
 * first attempt to reach central has finished. Never a false "offline".
 */
function NetworkBadge({ online }: { online: boolean | null }) {
  const { t } = useTranslation();
  const [modifier, mark, text] =
    online === null
      ? ["health--unknown", "◌", t("status.checking")]
      : online
        ? ["health--ok", "●", t("status.online")]
        : ["health--bad", "○", t("status.offline")];
  return (
    <li className={`health ${modifier}`} data-testid="network-status">
      <span aria-hidden="true">{mark}</span> {text}
    </li>
  );
}
