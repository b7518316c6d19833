import { t } from "../../model/build";
import { periodQuestion } from "../../model/common";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const residentPensionContributions: ServiceInput = {
  ...queryDefaults("social-insurance"),
  id: "resident-pension-contributions",
  catalogRow: 3,
  name: t("城乡居民养老保险缴费查询", "Urban–rural resident pension contributions"),
  aliases: ["城乡居保", "居民养老", "新农保", "社保"],
  steps: [periodQuestion()],
};
