import type { QuestionStep } from "./schema";
import type { LocalizedText } from "./text";

/**
 * Derives a row name from a question: the review page lists answers, and a list of questions
 * ("宝宝的姓名是？") reads like a form left half filled in. Only the question mark and a dangling
 * 是 go; titles that need more than that set `label` by hand.
 */
function shorten(title: string): string {
  const bare = title.replace(/[？?]\s*$/u, "").trim();
  const noCopula = bare.replace(/(.+的.+)是$/u, "$1");
  return noCopula.length > 0 ? noCopula : title;
}

/** The short name of a question's answer: the catalog's `label`, or one derived from the title. */
export function questionLabel(step: Pick<QuestionStep, "title" | "label">): LocalizedText {
  if (step.label !== undefined) return step.label;
  const { title } = step;
  return {
    "zh-CN": shorten(title["zh-CN"]),
    en: shorten(title.en),
    ...(title["zh-TW"] === undefined ? {} : { "zh-TW": shorten(title["zh-TW"]) }),
  };
}
