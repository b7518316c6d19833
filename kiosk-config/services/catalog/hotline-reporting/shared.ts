import { opt, question, radio, type StepInput, t, when } from "../../model/build";
import { phoneQuestion } from "../../model/common";
import type { LocalizedText } from "../../model/text";

/** "Report anonymously?": an anonymous report skips the phone number and goes straight to the summary. */
export const anonymousQuestion = (hint?: LocalizedText): StepInput =>
  question(
    "anonymous",
    t("是否匿名举报？", "Report anonymously?"),
    radio(
      opt("yes", "匿名", "Anonymously"),
      opt("no", "实名（可领举报奖励）", "In my name (eligible for a reward)"),
    ),
    { ...(hint === undefined ? {} : { hint }), routes: [when("anonymous", "yes", "check")] },
  );

/** Where the outcome of a report is sent. */
export const outcomePhoneQuestion = (): StepInput =>
  phoneQuestion(t("用于告知处理结果", "We tell you the outcome"));
