import type { KioskConfig } from "../../kiosk-config/config/schema";
import { kioskCatalog, type KioskCatalog } from "../services/kiosk-catalog";

/**
 * The config in force, read at every use: the fleet's config may change between sessions
 * (ConfigManager), so nothing keeps a copy.
 */
export interface KioskSettings {
  config(): KioskConfig;
  catalog(): KioskCatalog;
  /** The applied fleet config version; 0 on built-in defaults. */
  version(): number;
}

/** Settings that never change: built-in defaults, tests. */
export function fixedSettings(config: KioskConfig): KioskSettings {
  const catalog = kioskCatalog(config);
  return { config: () => config, catalog: () => catalog, version: () => 0 };
}
