import { opt, question, radio, t } from "../../model/build";
import { periodQuestion } from "../../model/common";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const medicalInsuranceAccount: ServiceInput = {
  ...queryDefaults("medical-insurance"),
  id: "medical-insurance-account",
  catalogRow: 20,
  name: t("医保个人账户及就医明细查询", "Medical-insurance account and claims history"),
  aliases: ["医保余额", "医保账户", "就医明细", "医保消费", "医保"],
  steps: [
    question(
      "about",
      t("想查什么？", "What would you like to check?"),
      radio(
        opt("balance", "个人账户余额", "Personal account balance"),
        opt("claims", "就医结算明细", "Treatment and claims history"),
        opt("annual", "年度累计医疗费用", "Yearly medical costs"),
      ),
    ),
    periodQuestion(),
  ],
};
