import { checkAnswers, t } from "../../model/build";
import { needCard, needPhone, phoneQuestion, transferQuestions } from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const pensionTransfer: ServiceInput = {
  ...applicationDefaults("social-insurance"),
  id: "pension-transfer",
  catalogRow: 8,
  name: t("养老保险关系转移接续申请", "Transfer pension account between provinces"),
  aliases: ["养老保险转移", "社保转移", "社保转入", "跨省通办"],
  needs: [needCard, t("原参保地（省份）", "The province where you were insured before"), needPhone],
  steps: [
    ...transferQuestions(t("您要转入福州还是转出福州？", "Into Fuzhou or out of Fuzhou?")),
    phoneQuestion(),
    checkAnswers(),
  ],
};
