import { opt, question, radio, t } from "../../model/build";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const drivingLicencePoints: ServiceInput = {
  ...queryDefaults("transport"),
  id: "driving-licence-points",
  catalogRow: 59,
  name: t("驾驶证记分查询", "Driving-licence points query"),
  aliases: ["驾照扣分", "驾驶证扣分", "记分查询", "驾照"],
  steps: [
    question(
      "cycle",
      t("查询哪个记分周期？", "Which scoring period?"),
      radio(opt("current", "当前周期", "Current period"), opt("previous", "上一周期", "Previous period")),
    ),
  ],
};
