import { checkAnswers, t } from "../../model/build";
import { bankCardTailQuestion, needCard, needPhone, phoneQuestion } from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const oldAgeAllowance: ServiceInput = {
  ...applicationDefaults("civil-affairs"),
  needs: [needCard, t("本人名下的银行卡或社保卡", "A bank or social security card in your name"), needPhone],
  id: "old-age-allowance",
  catalogRow: 73,
  name: t("高龄津贴申领", "Apply for an old-age allowance"),
  aliases: ["高龄补贴", "高龄津贴", "老人补贴", "尊老金"],
  approvalRule: "old-age-allowance",
  steps: [bankCardTailQuestion(), phoneQuestion(), checkAnswers()],
};
