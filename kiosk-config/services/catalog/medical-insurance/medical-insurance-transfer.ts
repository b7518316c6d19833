import { checkAnswers, opt, question, radio, select, t } from "../../model/build";
import { phoneQuestion } from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import { provinceOptions } from "../../model/provinces";
import type { ServiceInput } from "../../model/schema";

export const medicalInsuranceTransfer: ServiceInput = {
  ...applicationDefaults("medical-insurance"),
  id: "medical-insurance-transfer",
  catalogRow: 31,
  name: t("医保关系转移接续", "Transfer medical insurance between cities"),
  aliases: ["医保转移", "医保转入", "医保转出", "跨省通办", "医保"],
  steps: [
    question(
      "direction",
      t("转入福州还是转出福州？", "Into Fuzhou or out of Fuzhou?"),
      radio(opt("in", "从外地转入福州", "Into Fuzhou"), opt("out", "从福州转出", "Out of Fuzhou")),
    ),
    question(
      "otherProvince",
      t("对方是哪个省份？", "Which province is the other side?"),
      select(provinceOptions),
    ),
    phoneQuestion(),
    checkAnswers(),
  ],
};
