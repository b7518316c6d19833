import { question, select, t } from "../../model/build";
import { periodQuestion } from "../../model/common";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";
import { hospitals } from "./shared";

export const labReportPrint: ServiceInput = {
  ...queryDefaults("health"),
  kind: "print-certificate",
  print: "certificate",
  id: "lab-report-print",
  catalogRow: 86,
  name: t("检验检查报告查询打印", "View or print lab and imaging reports"),
  aliases: ["检验报告", "化验单", "检查报告", "报告打印", "CT报告"],
  approvalRule: "lab-report-print",
  steps: [
    question("hospital", t("在哪家医院检查的？", "At which hospital?"), select(hospitals)),
    periodQuestion(),
  ],
};
