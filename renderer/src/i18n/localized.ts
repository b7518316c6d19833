import type { LocalizedText } from "../../../core/api";

/**
 * Picks the resident's language from a catalog or core text, falling back to zh-CN (the source
 * language). A plain function beside the translations, so widgets and pages import it downward.
 */
export const localized = (text: LocalizedText, locale: string): string =>
  (locale === "en" ? text.en : undefined) ?? text["zh-CN"];
