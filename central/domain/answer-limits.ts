import type { ServiceDefinition } from "../../kiosk-config/services/index";
import type { AnswerValue } from "../protocol";

/** Longest answer for a field that no question of the service asks (in UTF-16 units, as the kiosk counts). */
export const DEFAULT_ANSWER_CHARS = 200;
/** Most answers in one submission. */
export const MAX_ANSWERS = 100;
/** Most values in one multiple-choice answer to a field no question asks. */
const DEFAULT_ANSWER_ITEMS = 20;

type Question = Extract<ServiceDefinition["steps"][number], { type: "question" }>;

/** The longest text (and the most items) the question allows; the kiosk checks the finer rules. */
function limitOf(question: Question | undefined): { chars: number; items: number } {
  const answer = question?.answer;
  if (answer === undefined) return { chars: DEFAULT_ANSWER_CHARS, items: DEFAULT_ANSWER_ITEMS };
  const longestOption = (options: readonly { value: string }[]) =>
    Math.max(...options.map((o) => o.value.length));
  switch (answer.type) {
    case "text":
      return { chars: answer.maxLength, items: 0 };
    case "fuzhou-address":
      // The district's name goes in front of the street address (core/services/check-answers.ts).
      return { chars: answer.maxLength + 20, items: 0 };
    case "phone":
      return { chars: 11, items: 0 };
    case "id-number":
      return { chars: 18, items: 0 };
    case "date":
      return { chars: 10, items: 0 };
    case "number":
      return { chars: 32, items: 0 };
    case "consent":
      return { chars: 5, items: 0 };
    case "radio":
      return { chars: longestOption(answer.options), items: 0 };
    case "select":
      return { chars: longestOption(answer.options), items: answer.multiple ? answer.options.length : 1 };
    case "photo":
      return { chars: DEFAULT_ANSWER_CHARS, items: answer.maxPhotos };
  }
}

/**
 * The first answer longer than its question allows, described without its value; undefined when
 * every answer fits. Why central checks what the kiosk already checked: a kiosk is in a public
 * place, and what it sends is stored and sealed here for months.
 */
export function answerTooLong(
  service: ServiceDefinition,
  answers: Readonly<Record<string, AnswerValue>>,
): string | undefined {
  const fields = Object.keys(answers);
  if (fields.length > MAX_ANSWERS) return `more than ${MAX_ANSWERS} answers`;
  const questions = new Map<string, Question>();
  for (const step of service.steps) if (step.type === "question") questions.set(step.field, step);
  for (const field of fields) {
    const value = answers[field];
    const limit = limitOf(questions.get(field));
    const texts = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
    if (Array.isArray(value) && value.length > Math.max(limit.items, 1)) {
      return `answers.${field}: more than ${Math.max(limit.items, 1)} values`;
    }
    if (texts.some((t) => t.length > limit.chars)) {
      return `answers.${field}: longer than the question allows (${limit.chars} characters)`;
    }
  }
  return undefined;
}
