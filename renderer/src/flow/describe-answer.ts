import type { TFunction } from "i18next";
import { maskIdNumber } from "../../../kiosk-config/identity/mask";
import type { Answer } from "../../../kiosk-config/services/model/schema";
import { localized } from "../i18n/localized";
import type { FlowAnswers } from "./routing";

/** An answer as the check-answers page reads it back: option labels, not their values. */
export function describeAnswer(
  answer: Answer,
  value: FlowAnswers[string] | undefined,
  photoCount: number,
  t: TFunction,
  locale: string,
): string | null {
  if (answer.type === "photo")
    return photoCount > 0 ? t("widget.photoCount", { count: photoCount, max: answer.maxPhotos }) : null;
  if (value === undefined) return null;
  const label = (v: string): string => {
    if (answer.type !== "radio" && answer.type !== "select") return v;
    const option = answer.options.find((o) => o.value === v);
    return option ? localized(option.label, locale) : v;
  };
  switch (answer.type) {
    case "consent":
      return value === true ? localized(answer.statement, locale) : null;
    case "select":
    case "radio":
      return Array.isArray(value) ? value.map(label).join("、") : label(String(value));
    case "id-number":
      // Even an ID number the resident typed is shown masked once entered (the screen is public).
      return maskIdNumber(String(value));
    case "text":
    case "number":
    case "date":
    case "phone":
    case "fuzhou-address":
      return String(value);
  }
}
