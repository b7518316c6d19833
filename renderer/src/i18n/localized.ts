import type { LocalizedText } from "../../../core/api";
import { hant } from "./hant";

/**
 * Picks the resident's language from a catalog or core text, falling back to zh-CN (the source
 * language). zh-Hant is derived from zh-CN where it is shown (kiosk-config/hant), so the catalog
 * and central's texts carry two languages only. A plain function beside the translations, so
 * widgets and pages import it downward.
 */
export function localized(text: LocalizedText, locale: string): string {
  if (locale === "en") return text.en ?? text["zh-CN"];
  if (locale === "zh-Hant") return hant(text["zh-CN"]);
  return text["zh-CN"];
}

/**
 * A Chinese text that came with no translation (a query row's value from central): shown as it
 * came, in Traditional characters for a 繁體 resident, as the printed receipt has it too.
 */
export const inScript = (text: string, locale: string): string => (locale === "zh-Hant" ? hant(text) : text);
