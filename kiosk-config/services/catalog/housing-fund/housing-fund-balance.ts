import { t } from "../../model/build";
import { periodQuestion } from "../../model/common";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const housingFundBalance: ServiceInput = {
  ...queryDefaults("housing-fund"),
  id: "housing-fund-balance",
  catalogRow: 32,
  name: t("公积金账户及缴存明细查询", "Housing-fund balance and contribution history"),
  aliases: ["公积金", "公积金查询", "公积金余额", "住房公积金"],
  steps: [periodQuestion()],
};
