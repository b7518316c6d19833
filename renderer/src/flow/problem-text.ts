import type { TFunction } from "i18next";
import { localized } from "../i18n/localized";
import type { Problem } from "./validate";

/** A problem in the resident's language. */
export const problemText = (problem: Problem, t: TFunction, locale: string): string =>
  "text" in problem ? localized(problem.text, locale) : t(problem.key, problem.values ?? {});
