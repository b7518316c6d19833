import type { KioskConfig } from "../../kiosk-config/config/schema";
import type { UiSettings } from "../api";
import type { KioskHandlers } from "../rpc";

export function uiSettingsFrom(config: KioskConfig): UiSettings {
  return {
    defaultLocale: config.defaultLocale,
    locales: config.locales,
    idleWarnSeconds: config.idle.warnSeconds,
    countdownSeconds: config.idle.countdownSeconds,
    attractReturnSeconds: config.idle.attractReturnSeconds,
    pxPerMm: config.pxPerMm,
    notice: config.notice,
    openingHours: config.openingHours,
    elderMode: config.elderMode,
    voice: config.voice,
  };
}

export function settingsHandlers(config: () => KioskConfig): Pick<KioskHandlers, "getUiSettings"> {
  return { getUiSettings: () => uiSettingsFrom(config()) };
}
