import type { KioskConfig } from "../../kiosk-config/config/schema";
import { kioskCatalog, type KioskCatalog } from "../services/kiosk-catalog";
import { configDigest } from "./config-digest";

/**
 * The config in force, read at every use: the fleet's config may change between sessions
 * (ConfigManager), so nothing keeps a copy.
 */
export interface KioskSettings {
  config(): KioskConfig;
  catalog(): KioskCatalog;
  /** The applied fleet config version; 0 on built-in defaults. */
  version(): number;
  /** sha256 of the effective config's canonical JSON (config-digest.ts). */
  digest(): string;
  /** Which config layer set each value, by dotted path; unlisted paths are built-in defaults. */
  sources(): Readonly<Record<string, string>>;
}

/** Settings that never change: built-in defaults, tests. */
export function fixedSettings(config: KioskConfig): KioskSettings {
  const catalog = kioskCatalog(config);
  const digest = configDigest(config);
  return {
    config: () => config,
    catalog: () => catalog,
    version: () => 0,
    digest: () => digest,
    sources: () => ({}),
  };
}
