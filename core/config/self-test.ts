import type { KioskConfig } from "../../kiosk-config/config/schema";
import { UiSettings } from "../api";
import { uiSettingsFrom } from "../handlers/settings";
import type { KioskCatalog } from "../services/kiosk-catalog";

/**
 * What must hold before a config is committed, and before a new app version is kept: the UI can
 * lay out, and the kiosk offers services. Throws, saying what failed.
 */
export function selfTest(config: KioskConfig, catalog: KioskCatalog): void {
  UiSettings.parse(uiSettingsFrom(config));
  if (catalog.services().length === 0) throw new Error(`site "${config.site}" offers no services`);
  if (!config.locales.includes(config.defaultLocale)) throw new Error("default locale is not offered");
}
