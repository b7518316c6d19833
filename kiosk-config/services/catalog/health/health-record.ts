import { opt, question, radio, t } from "../../model/build";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const healthRecord: ServiceInput = {
  ...queryDefaults("health"),
  id: "health-record",
  catalogRow: 88,
  name: t("居民电子健康档案查询", "Personal electronic health record"),
  aliases: ["健康档案", "体检记录", "电子健康档案"],
  steps: [
    question(
      "about",
      t("想查什么？", "What would you like to see?"),
      radio(
        opt("summary", "健康档案概要", "Summary"),
        opt("checkups", "体检记录", "Check-ups"),
        opt("visits", "就诊记录", "Visits"),
      ),
    ),
  ],
};
