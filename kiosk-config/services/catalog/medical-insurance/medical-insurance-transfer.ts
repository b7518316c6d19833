import { checkAnswers, t } from "../../model/build";
import { phoneQuestion, transferQuestions } from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const medicalInsuranceTransfer: ServiceInput = {
  ...applicationDefaults("medical-insurance"),
  id: "medical-insurance-transfer",
  catalogRow: 31,
  name: t("医保关系转移接续", "Transfer medical insurance between cities"),
  aliases: ["医保转移", "医保转入", "医保转出", "跨省通办", "医保"],
  steps: [
    ...transferQuestions(t("转入福州还是转出福州？", "Into Fuzhou or out of Fuzhou?")),
    phoneQuestion(),
    checkAnswers(),
  ],
};
