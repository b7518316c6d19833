import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./en.json";
import zhCN from "./zh-CN.json";

export type Locale = "zh-CN" | "en";

/** zh-CN is the source language; English falls back to it for anything missing. */
export async function initI18n(locale: Locale): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { "zh-CN": { translation: zhCN }, en: { translation: en } },
    lng: locale,
    fallbackLng: "zh-CN",
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export { i18next };
