import { t } from "../../model/build";
import { periodQuestion } from "../../model/common";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const workInjuryArchive: ServiceInput = {
  ...queryDefaults("social-insurance"),
  id: "work-injury-archive",
  catalogRow: 14,
  name: t("工伤认定档案查询", "Work-injury determination archive"),
  aliases: ["工伤", "工伤认定", "工伤档案", "社保"],
  steps: [periodQuestion()],
};
