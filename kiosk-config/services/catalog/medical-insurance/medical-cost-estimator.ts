import { opt, question, radio, t } from "../../model/build";
import { openQueryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const medicalCostEstimator: ServiceInput = {
  ...openQueryDefaults("medical-insurance"),
  id: "medical-cost-estimator",
  catalogRow: 30,
  name: t("医疗费用试算", "Medical cost-sharing estimator"),
  aliases: ["医保试算", "报销比例", "报销计算", "医疗费用计算"],
  steps: [
    question(
      "scheme",
      t("您参加哪种医保？", "Which medical insurance do you have?"),
      radio(
        opt("employee", "职工医保", "Employee scheme"),
        opt("resident", "城乡居民医保", "Resident scheme"),
      ),
    ),
    question(
      "treatment",
      t("门诊还是住院？", "Outpatient or inpatient?"),
      radio(opt("outpatient", "门诊", "Outpatient"), opt("inpatient", "住院", "Inpatient")),
    ),
    question(
      "hospitalLevel",
      t("医院级别", "Hospital level"),
      radio(
        opt("community", "社区卫生服务中心", "Community health centre"),
        opt("secondary", "二级医院", "Secondary hospital"),
        opt("tertiary", "三级医院", "Tertiary hospital"),
      ),
    ),
    question("amount", t("总费用大约多少元？", "About how much is the total bill?"), {
      type: "number",
      min: 1,
      max: 2_000_000,
      unit: t("元", "yuan"),
    }),
  ],
};
