import { categories } from "../../../catalog/categories";
import { question, select, t } from "../../model/build";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const serviceGuide: ServiceInput = {
  ...queryDefaults("citizen-centre"),
  identity: "none",
  needs: [],
  id: "service-guide",
  catalogRow: 94,
  name: t("办事指南查询", "Service guide lookup"),
  aliases: ["办事指南", "怎么办", "需要什么材料", "办事流程"],
  steps: [
    question(
      "topic",
      t("想了解哪方面的事项？", "Which area?"),
      select(categories.map((c) => ({ value: c.id, label: c.name }))),
    ),
  ],
};
