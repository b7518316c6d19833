import { opt, question, radio, t } from "../../model/build";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const familyPlanningArchive: ServiceInput = {
  ...queryDefaults("civil-affairs"),
  id: "family-planning-archive",
  catalogRow: 76,
  name: t("独生子女/计生档案查询", "One-child family archive query"),
  aliases: ["独生子女证", "计生档案", "独生子女"],
  steps: [
    question(
      "about",
      t("想查什么？", "What would you like to check?"),
      radio(
        opt("one-child", "独生子女父母光荣证信息", "One-child parents' certificate"),
        opt("rewards", "计生奖励扶助记录", "Family-planning rewards"),
      ),
    ),
  ],
};
