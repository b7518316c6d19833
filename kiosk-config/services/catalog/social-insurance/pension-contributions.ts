import { t } from "../../model/build";
import { periodQuestion } from "../../model/common";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const pensionContributions: ServiceInput = {
  ...queryDefaults("social-insurance"),
  id: "pension-contributions",
  catalogRow: 2,
  name: t("养老保险缴费明细查询", "Pension contribution history"),
  aliases: ["养老保险", "社保缴费", "社保明细", "养老缴费"],
  steps: [periodQuestion()],
};
