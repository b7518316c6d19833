import { t } from "./build";
import { periodQuestion } from "./common";
import type { ServiceInput } from "./schema";

export const housingFundBalance: ServiceInput = {
  id: "housing-fund-balance",
  catalogRow: 32,
  name: t("公积金账户及缴存明细查询", "Housing-fund balance and contribution history"),
  aliases: ["公积金", "公积金查询", "公积金余额", "住房公积金"],
  category: "housing-fund",
  kind: "query",
  identity: "idcard",
  needs: [t("本人身份证", "Your ID card")],
  steps: [periodQuestion()],
  offline: "online-only",
  print: "query-printout",
};

export const housingFundServices: ServiceInput[] = [housingFundBalance];
