import { checkAnswers, opt, question, radio, t } from "../../model/build";
import { payMethodQuestion } from "../../model/common";
import { paymentDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const socialInsuranceFeePayment: ServiceInput = {
  ...paymentDefaults("tax"),
  id: "social-insurance-fee-payment",
  catalogRow: 68,
  name: t("社保费/医保费缴纳", "Pay social or medical insurance contributions"),
  aliases: ["社保缴费", "交社保", "医保缴费", "社保费", "灵活就业缴费"],
  steps: [
    question(
      "feeType",
      t("缴纳哪种费用？", "Which contribution?"),
      radio(
        opt("resident-medical", "城乡居民医保", "Resident medical insurance"),
        opt("resident-pension", "城乡居民养老保险", "Resident pension"),
        opt("flexible-worker", "灵活就业人员社保", "Flexible-worker social insurance"),
      ),
    ),
    question(
      "months",
      t("缴纳几个月？", "For how many months?"),
      radio(
        opt("1", "1个月", "1 month"),
        opt("3", "3个月", "3 months"),
        opt("6", "6个月", "6 months"),
        opt("12", "12个月（全年）", "12 months"),
      ),
      { hint: t("城乡居民按年缴纳，请选12个月", "Resident schemes are yearly: choose 12") },
    ),
    payMethodQuestion(),
    checkAnswers(),
  ],
};
