import { checkAnswers, opt, question, radio, select, t } from "../../model/build";
import { needCard, needPhone, phoneQuestion } from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const flexibleWorkerRegistration: ServiceInput = {
  ...applicationDefaults("social-insurance"),
  id: "flexible-worker-registration",
  catalogRow: 9,
  name: t("灵活就业人员参保登记", "Social-insurance registration for flexible workers"),
  aliases: ["灵活就业", "个体参保", "自由职业社保", "社保"],
  approvalRule: "flexible-worker-registration",
  needs: [needCard, needPhone],
  steps: [
    question(
      "insuranceTypes",
      t("参加哪些险种？", "Which insurance will you join?"),
      select([opt("pension", "养老保险", "Pension"), opt("medical", "医疗保险", "Medical")], true),
    ),
    question(
      "contributionBase",
      t("选择缴费档次", "Choose your contribution level"),
      radio(
        opt("60", "60%（最低档）", "60% (lowest)"),
        opt("100", "100%", "100%"),
        opt("200", "200%", "200%"),
        opt("300", "300%（最高档）", "300% (highest)"),
      ),
      { hint: t("按全省平均工资的比例缴费", "A share of the provincial average wage") },
    ),
    phoneQuestion(),
    checkAnswers(),
  ],
};
