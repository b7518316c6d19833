import { checkAnswers, opt, question, radio, t } from "../../model/build";
import { payMethodQuestion } from "../../model/common";
import { paymentDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const residentMedInsurancePayment: ServiceInput = {
  ...paymentDefaults("medical-insurance"),
  id: "resident-med-insurance-payment",
  catalogRow: 23,
  name: t("城乡居民医保缴费", "Pay resident medical-insurance premium"),
  aliases: ["医保缴费", "交医保", "居民医保缴费", "医保"],
  steps: [
    question(
      "coverageYear",
      t("缴纳哪一年的医保？", "Which year's premium?"),
      radio(
        opt("next-year", "下一年度", "Next year"),
        opt("this-year", "本年度（补缴）", "This year (late)"),
      ),
    ),
    question(
      "payer",
      t("为谁缴费？", "Who are you paying for?"),
      radio(opt("self", "本人", "Myself"), opt("family", "家庭成员", "A family member")),
      { routes: [{ when: { field: "payer", equals: "self" }, goTo: "payMethod" }] },
    ),
    question("memberIdNumber", t("家庭成员的身份证号码", "The family member's ID number"), {
      type: "id-number",
    }),
    payMethodQuestion(),
    checkAnswers(),
  ],
};
