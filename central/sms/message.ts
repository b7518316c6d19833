import { toHant } from "../../kiosk-config/hant/to-hant";
import type { LocalizedText } from "../../kiosk-config/services/model/text";
import type { SmsLocale } from "../protocol";

/**
 * The text sent to the resident, in the language they used at the kiosk (繁體 made from the
 * Simplified as on screen): the service, the reference number, and where to follow it.
 */
export function referenceText(locale: SmsLocale, service: LocalizedText, referenceNo: string): string {
  if (locale === "en")
    return `[e-Fuzhou] Your reference for "${service.en}" is ${referenceNo}. Follow its progress in the e-Fuzhou app or on 12345.`;
  const zh = `【e福州】您在自助终端办理的“${service["zh-CN"]}”办件编号为 ${referenceNo}，可在 e福州 App 或拨打 12345 查询进度。`;
  return locale === "zh-Hant" ? toHant(zh) : zh;
}
