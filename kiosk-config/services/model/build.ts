/**
 * Small helpers that keep the catalog files readable. They only build plain objects; the schema
 * in `schema.ts` validates everything they produce.
 */
import type * as z from "zod";
import type { Answer, Option } from "./answers";
import type { Route, ServiceInput, Step } from "./schema";
import { type LocalizedText, t } from "./text";

export { t };
export type StepInput = z.input<typeof Step>;
type AnswerInput = z.input<typeof Answer>;

export function opt(value: string, zh: string, en: string): Option {
  return { value, label: t(zh, en) };
}

export interface QuestionExtras {
  /** Hint under the question; default none. */
  hint?: LocalizedText;
  /** Short name on the review page where the title reads badly there; default derived. */
  label?: LocalizedText;
  /** Whether the resident may skip it; default false. */
  optional?: boolean;
  /** Step after this one; default the following step. */
  next?: string;
  /** Conditional jumps; default none. */
  routes?: Route[];
}

/** A question page; its step id is its field id. */
export function question(
  field: string,
  title: LocalizedText,
  answer: AnswerInput,
  extras: QuestionExtras = {},
): StepInput {
  return { type: "question", id: field, field, title, answer, ...extras, routes: extras.routes ?? [] };
}

export function radio(...options: Option[]): AnswerInput {
  return { type: "radio", options };
}

export function select(options: readonly Option[], multiple = false): AnswerInput {
  return { type: "select", options: [...options], multiple };
}

/** Short text; `phrases` are the common-phrase tiles offered before the keyboard. */
export function text(maxLength: number, phrases: LocalizedText[] = []): AnswerInput {
  return { type: "text", maxLength, phrases };
}

/**
 * A person's name in Chinese characters (· for names such as 阿依古丽·买买提): the pinyin
 * keyboard's letters are only for finding a character, and a name left with "lin" in it is
 * refused in words rather than sent on.
 */
export function chineseName(maxLength: number): AnswerInput {
  return {
    type: "text",
    maxLength,
    phrases: [],
    pattern: "[\\p{Script=Han}·]+",
    patternHint: {
      "zh-CN": "姓名请用汉字：拼好拼音后，在候选框中点选汉字",
      en: "Write the name in Chinese characters: spell it in pinyin, then tap the character in the box",
    },
  };
}

export function when(field: string, equals: string, goTo: string): Route {
  return { when: { field, equals }, goTo };
}

export function info(id: string, title: LocalizedText, body: LocalizedText): StepInput {
  return { type: "info", id, title, body };
}

export function device(
  id: string,
  kind: "transit-card" | "qr-scanner" | "document-scanner" | "camera" | "locker" | "fingerprint",
  title: LocalizedText,
  extras: Pick<QuestionExtras, "next" | "routes"> = {},
): StepInput {
  return { type: "device", id, device: kind, title, ...extras, routes: extras.routes ?? [] };
}

export function checkAnswers(): StepInput {
  return { type: "check-answers", id: "check" };
}

/** The fields a group of similar services shares; spread it into each definition. */
export type ServiceDefaults = Pick<
  ServiceInput,
  "category" | "kind" | "identity" | "offline" | "print" | "needs"
>;
