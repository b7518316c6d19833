import type { LocalizedText } from "../../../core/api";
import { isValidIdNumber } from "../../../kiosk-config/identity/id-number";
import type { Answer } from "../../../kiosk-config/services/model/schema";
import { parseAddress } from "../widgets/fuzhou-address";
import type { FlowAnswers } from "./routing";

/**
 * A problem with one answer, in plain words (e.g. "请输入11位手机号码", never a validator's
 * "invalid string"): an i18n key with its values, or the definition's own hint.
 */
export type Problem = { key: string; values?: Record<string, string | number> } | { text: LocalizedText };

/** What the page knows beyond the value itself. */
export interface ValidateContext {
  /** Photos taken for this question. */
  photoCount: number;
  /** False when the kiosk has no usable camera: a photo can then be skipped. */
  cameraAvailable: boolean;
  /** Whether the definition lets the resident skip the question. */
  optional: boolean;
}

const problem = (key: string, values?: Record<string, string | number>): Problem =>
  values ? { key, values } : { key };

/** The problem with `value` as an answer of this type, or null when it may be submitted. */
export function validateAnswer(
  answer: Answer,
  value: FlowAnswers[string] | undefined,
  ctx: ValidateContext,
): Problem | null {
  const text = typeof value === "string" ? value : "";
  const empty = value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
  if (answer.type === "photo") {
    if (ctx.photoCount > 0 || ctx.optional || !ctx.cameraAvailable) return null;
    return problem("problem.photo");
  }
  if (empty) return ctx.optional ? null : problem(emptyKey(answer));
  switch (answer.type) {
    case "text": {
      // Counted like core counts it (UTF-16 units; every common CJK character is one).
      const length = text.length;
      if (length < answer.minLength) return problem("problem.textShort", { min: answer.minLength });
      if (length > answer.maxLength) return problem("problem.textLong", { max: answer.maxLength });
      if (answer.pattern !== undefined && !new RegExp(`^(?:${answer.pattern})$`, "u").test(text)) {
        return answer.patternHint ? { text: answer.patternHint } : problem("problem.format");
      }
      return null;
    }
    case "number": {
      const n = typeof value === "number" ? value : Number(text);
      if (!Number.isFinite(n)) return problem("problem.number");
      if (!answer.decimals && !Number.isInteger(n)) return problem("problem.wholeNumber");
      if (n < answer.min || n > answer.max)
        return problem("problem.range", { min: answer.min, max: answer.max });
      return null;
    }
    case "phone":
      return /^1\d{10}$/.test(text) ? null : problem("problem.phone");
    case "id-number":
      if (text.length !== 18) return problem("problem.idLength");
      return isValidIdNumber(text) ? null : problem("problem.idCheck");
    case "fuzhou-address": {
      const { district, street } = parseAddress(text);
      if (district === "") return problem("problem.district");
      if (street.trim() === "") return problem("problem.street");
      if (street.length > answer.maxLength) return problem("problem.textLong", { max: answer.maxLength });
      return null;
    }
    case "consent":
      return value === true ? null : problem("problem.consent");
    case "date":
      return /^\d{4}-\d{2}-\d{2}$/.test(text) ? null : problem("problem.date");
    case "radio":
      return answer.options.some((o) => o.value === value) ? null : problem("problem.choose");
    case "select":
      return null;
  }
}

function emptyKey(answer: Answer): string {
  switch (answer.type) {
    case "phone":
      return "problem.phone";
    case "id-number":
      return "problem.idLength";
    case "date":
      return "problem.date";
    case "radio":
      return "problem.choose";
    case "select":
      return answer.multiple ? "problem.chooseSome" : "problem.choose";
    case "consent":
      return "problem.consent";
    case "fuzhou-address":
      return "problem.district";
    case "number":
      return "problem.number";
    case "text":
    case "photo":
      return "problem.required";
  }
}
