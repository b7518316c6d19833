import { opt, question, radio, select, t } from "../../model/build";
import { queryDefaults } from "../../model/defaults";
import { fuzhouDistricts } from "../../model/districts";
import type { ServiceInput } from "../../model/schema";

export const housingFundOutlets: ServiceInput = {
  ...queryDefaults("housing-fund"),
  identity: "none",
  needs: [],
  id: "housing-fund-outlets",
  catalogRow: 39,
  name: t("公积金业务网点查询", "Housing-fund service outlets"),
  aliases: ["公积金网点", "公积金中心", "公积金银行", "公积金"],
  steps: [
    question("district", t("在哪个区县？", "In which district?"), select(fuzhouDistricts)),
    question(
      "business",
      t("要办什么业务？", "What do you need to do?"),
      radio(
        opt("deposit", "缴存", "Pay in"),
        opt("withdraw", "提取", "Withdraw"),
        opt("loan", "贷款", "Borrow"),
      ),
    ),
  ],
};
