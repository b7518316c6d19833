import { t } from "../../model/build";
import { periodQuestion } from "../../model/common";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const reimbursementProgress: ServiceInput = {
  ...queryDefaults("medical-insurance"),
  id: "reimbursement-progress",
  catalogRow: 29,
  name: t("手工（零星）报销进度查询", "Manual reimbursement progress"),
  aliases: ["报销进度", "零星报销", "医保报销", "手工报销"],
  steps: [periodQuestion()],
};
