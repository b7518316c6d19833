import { checkAnswers, question, select, t } from "../../model/build";
import { phoneQuestion } from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import { provinceOptions } from "../../model/provinces";
import type { ServiceInput } from "../../model/schema";

export const housingFundTransfer: ServiceInput = {
  ...applicationDefaults("housing-fund"),
  id: "housing-fund-transfer",
  catalogRow: 38,
  name: t("公积金转移接续", "Transfer housing-fund account between cities"),
  aliases: ["公积金转移", "公积金转入", "跨省通办", "公积金"],
  steps: [
    question(
      "fromProvince",
      t("原来在哪个省份缴存？", "Where did you pay in before?"),
      select(provinceOptions),
    ),
    phoneQuestion(),
    checkAnswers(),
  ],
};
