import { checkAnswers, opt, question, radio, select, t } from "../../model/build";
import { needCard, needPhone, phoneQuestion } from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import { provinceOptions } from "../../model/provinces";
import type { ServiceInput } from "../../model/schema";

export const pensionTransfer: ServiceInput = {
  ...applicationDefaults("social-insurance"),
  id: "pension-transfer",
  catalogRow: 8,
  name: t("养老保险关系转移接续申请", "Transfer pension account between provinces"),
  aliases: ["养老保险转移", "社保转移", "社保转入", "跨省通办"],
  needs: [needCard, t("原参保地（省份）", "The province where you were insured before"), needPhone],
  steps: [
    question(
      "direction",
      t("您要转入福州还是转出福州？", "Into Fuzhou or out of Fuzhou?"),
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
