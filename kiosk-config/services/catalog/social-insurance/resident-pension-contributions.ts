import { t } from "../../model/build";
import { periodQuestion } from "../../model/common";
import type { ServiceInput } from "../../model/schema";
import { socialQuery } from "./shared";

export const residentPensionContributions: ServiceInput = {
  ...socialQuery,
  id: "resident-pension-contributions",
  catalogRow: 3,
  name: t("城乡居民养老保险缴费查询", "Urban–rural resident pension contributions"),
  aliases: ["城乡居保", "居民养老", "新农保", "社保"],
  steps: [periodQuestion()],
};
