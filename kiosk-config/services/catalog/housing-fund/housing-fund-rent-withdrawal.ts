import { checkAnswers, opt, question, radio, t } from "../../model/build";
import { bankCardTailQuestion, consentQuestion, phoneQuestion } from "../../model/common";
import type { ServiceInput } from "../../model/schema";
import { fundApp } from "./shared";

export const housingFundRentWithdrawal: ServiceInput = {
  ...fundApp,
  id: "housing-fund-rent-withdrawal",
  catalogRow: 36,
  name: t("租房提取住房公积金", "Withdraw housing fund to pay rent"),
  aliases: ["租房提取", "公积金提取", "提公积金", "公积金"],
  approvalRule: "housing-fund-rent-withdrawal",
  steps: [
    question(
      "lease",
      t("是否有备案的租房合同？", "Is your lease registered?"),
      radio(
        opt("registered", "有备案合同", "Yes, registered"),
        opt("none", "无备案合同（按定额提取）", "No (a fixed amount)"),
      ),
    ),
    bankCardTailQuestion(),
    consentQuestion(
      t("我承诺本人及配偶在福州无自有住房", "I confirm neither I nor my spouse own a home in Fuzhou"),
    ),
    phoneQuestion(),
    checkAnswers(),
  ],
};
