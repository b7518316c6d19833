import { checkAnswers, opt, question, select, t } from "../../model/build";
import { bankCardTailQuestion, phoneQuestion } from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const employmentSubsidy: ServiceInput = {
  ...applicationDefaults("employment"),
  id: "employment-subsidy",
  catalogRow: 17,
  name: t("就业补贴申请", "Employment subsidy application"),
  aliases: ["就业补贴", "社保补贴", "创业补贴", "岗位补贴"],
  steps: [
    question(
      "subsidyType",
      t("申请哪种补贴？", "Which subsidy?"),
      select([
        opt("flexible-social-insurance", "灵活就业社保补贴", "Social-insurance subsidy for flexible workers"),
        opt("older-worker", "大龄失业人员就业岗位补贴", "Job subsidy for older unemployed people"),
        opt("startup", "一次性创业补贴", "One-off start-up subsidy"),
        opt("graduate", "高校毕业生就业补贴", "Graduate employment subsidy"),
      ]),
    ),
    bankCardTailQuestion(),
    phoneQuestion(),
    checkAnswers(),
  ],
};
