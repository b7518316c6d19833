import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { toHant } from "../../../kiosk-config/hant/to-hant";
import en from "./en.json";
import zhCN from "./zh-CN.json";

export type Locale = "zh-CN" | "zh-Hant" | "en";

/** The page's language as a Locale core understands (i18next's own is a plain string). */
export const asLocale = (language: string): Locale =>
  language === "en" || language === "zh-Hant" ? language : "zh-CN";

type Strings = { [key: string]: string | Strings };

/** zh-Hant is derived from zh-CN string by string (kiosk-config/hant), never kept by hand. */
function hantOf(strings: Strings): Strings {
  return Object.fromEntries(
    Object.entries(strings).map(([key, value]) => [key, typeof value === "string" ? toHant(value) : hantOf(value)]),
  );
}

/** zh-CN is the source language; English and zh-Hant fall back to it for anything missing. */
export async function initI18n(locale: Locale): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: {
      "zh-CN": { translation: zhCN },
      "zh-Hant": { translation: hantOf(zhCN) },
      en: { translation: en },
    },
    lng: locale,
    fallbackLng: "zh-CN",
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export { i18next };
