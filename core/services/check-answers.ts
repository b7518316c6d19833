import { isValidIdNumber } from "../../kiosk-config/identity/id-number";
import { pathThrough } from "../../kiosk-config/services/model/flow";
import type { ServiceDefinition } from "../../kiosk-config/services/model/schema";
import type { Answers } from "../api";

/**
 * Checks a resident's answers against the service definition before anything leaves the kiosk:
 * the page validates as the resident types, but core never trusts the page. Returns the problems
 * in plain words (empty when the answers are fine).
 */
export function checkAnswers(service: ServiceDefinition, answers: Answers): string[] {
  const problems: string[] = [];
  const asked = new Set<string>();
  for (const step of pathThrough(service, answers)) {
    if (step.type !== "question") continue;
    asked.add(step.field);
    const value = answers[step.field];
    if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) {
      if (!step.optional && step.answer.type !== "photo") problems.push(`${step.field}: required`);
      continue;
    }
    const problem = checkValue(step.answer, value);
    if (problem !== null) problems.push(`${step.field}: ${problem}`);
  }
  for (const field of Object.keys(answers)) {
    if (!asked.has(field)) problems.push(`${field}: not a question on this path`);
  }
  return problems;
}

type Answer = Extract<ServiceDefinition["steps"][number], { type: "question" }>["answer"];

function checkValue(answer: Answer, value: Answers[string]): string | null {
  const text = typeof value === "string" ? value : null;
  switch (answer.type) {
    case "text": {
      if (text === null) return "expected text";
      if (text.length > answer.maxLength || text.length < answer.minLength) return "wrong length";
      if (answer.pattern !== undefined && !new RegExp(`^(?:${answer.pattern})$`, "u").test(text))
        return "wrong format";
      return null;
    }
    case "number": {
      const n = typeof value === "number" ? value : Number(text);
      if (!Number.isFinite(n) || n < answer.min || n > answer.max) return "out of range";
      return !answer.decimals && !Number.isInteger(n) ? "whole numbers only" : null;
    }
    case "date":
      return text !== null && /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text))
        ? null
        : "expected YYYY-MM-DD";
    case "select": {
      const values = new Set(answer.options.map((o) => o.value));
      const chosen = Array.isArray(value) ? value : [value];
      if (!answer.multiple && chosen.length !== 1) return "choose one";
      return chosen.every((v) => typeof v === "string" && values.has(v)) ? null : "not an option";
    }
    case "radio":
      return answer.options.some((o) => o.value === value) ? null : "not an option";
    case "phone":
      return text !== null && /^1\d{10}$/.test(text) ? null : "expected an 11-digit mobile number";
    case "id-number":
      // The page checks the GB 11643 check character as the resident types; core checks it again.
      return text !== null && isValidIdNumber(text)
        ? null
        : "expected an 18-character ID number with a matching check character";
    case "fuzhou-address":
      return text !== null && text.length <= answer.maxLength + 20 ? null : "expected a district and address";
    case "consent":
      return value === true ? null : "must be accepted";
    case "photo":
      return null;
  }
}
