import * as z from "zod";

/**
 * A localised string of the catalog. zh-CN is the source language; the catalog also requires
 * English (the kiosk's second language), and zh-TW is an optional reviewed draft.
 */
export const LocalizedText = z.object({
  "zh-CN": z.string().min(1),
  en: z.string().min(1),
  "zh-TW": z.string().min(1).optional(),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Shorthand for writing catalog data: `t("社保", "Social insurance")`. */
export function t(zh: string, en: string): LocalizedText {
  return { "zh-CN": zh, en };
}
