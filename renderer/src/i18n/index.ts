import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./en.json";
import { hant, loadHant } from "./hant";
import zhCN from "./zh-CN.json";

export type Locale = "zh-CN" | "zh-Hant" | "en";

/** The page's language as a Locale core understands (i18next's own is a plain string). */
export const asLocale = (language: string): Locale =>
  language === "en" || language === "zh-Hant" ? language : "zh-CN";

type Strings = { [key: string]: string | Strings };

/** zh-Hant is derived from zh-CN string by string (kiosk-config/hant), never kept by hand. */
function hantOf(strings: Strings): Strings {
  return Object.fromEntries(
    Object.entries(strings).map(([key, value]) => [key, typeof value === "string" ? hant(value) : hantOf(value)]),
  );
}

/** Makes sure zh-Hant's strings exist: loads the converter and derives them, once. */
async function readyHant(): Promise<void> {
  await loadHant();
  if (!i18next.hasResourceBundle("zh-Hant", "translation")) {
    i18next.addResourceBundle("zh-Hant", "translation", hantOf(zhCN));
  }
}

/** zh-CN is the source language; English and zh-Hant fall back to it for anything missing. */
export async function initI18n(locale: Locale): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { "zh-CN": { translation: zhCN }, en: { translation: en } },
    lng: "zh-CN",
    fallbackLng: "zh-CN",
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await changeLocale(locale);
}

/** Switches the page's language; zh-Hant only once its converter is loaded. */
export async function changeLocale(locale: Locale): Promise<void> {
  if (locale === "zh-Hant") await readyHant();
  await i18next.changeLanguage(locale);
}

export { i18next };
