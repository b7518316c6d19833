import { checkAnswers, t } from "../../model/build";
import { bankCardTailQuestion, phoneQuestion } from "../../model/common";
import type { ServiceInput } from "../../model/schema";
import { fundApp } from "./shared";

export const housingFundRetirementWithdrawal: ServiceInput = {
  ...fundApp,
  id: "housing-fund-retirement-withdrawal",
  catalogRow: 37,
  name: t("离退休提取住房公积金", "Withdraw housing fund on retirement"),
  aliases: ["退休提取", "公积金提取", "销户提取", "公积金"],
  approvalRule: "housing-fund-retirement-withdrawal",
  steps: [bankCardTailQuestion(), phoneQuestion(), checkAnswers()],
};
