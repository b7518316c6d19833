import { opt, question, radio, t } from "../../model/build";
import { periodQuestion } from "../../model/common";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const pensionPayouts: ServiceInput = {
  ...queryDefaults("social-insurance"),
  id: "pension-payouts",
  catalogRow: 4,
  name: t("养老金发放明细查询", "Pension payout history"),
  aliases: ["养老金", "退休金", "退休工资", "社保"],
  steps: [
    question(
      "scheme",
      t("您领取哪种养老金？", "Which pension do you receive?"),
      radio(
        opt("employee", "职工养老金（退休金）", "Employee pension"),
        opt("resident", "城乡居民养老金", "Resident pension"),
      ),
    ),
    periodQuestion(),
  ],
};
