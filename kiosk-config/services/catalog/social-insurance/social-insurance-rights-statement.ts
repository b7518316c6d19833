import { opt, question, radio, t } from "../../model/build";
import { copiesQuestion } from "../../model/common";
import { certificateDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const socialInsuranceRightsStatement: ServiceInput = {
  ...certificateDefaults("social-insurance"),
  id: "social-insurance-rights-statement",
  catalogRow: 5,
  name: t("社会保险个人权益记录单打印", "Print annual social-insurance rights statement"),
  aliases: ["权益记录单", "社保对账单", "社保权益单", "社保"],
  approvalRule: "social-insurance-rights-statement",
  steps: [
    question(
      "year",
      t("打印哪一年的记录单？", "Which year's statement?"),
      radio(opt("last-year", "上年度", "Last year"), opt("year-before", "前年度", "The year before")),
    ),
    copiesQuestion(),
  ],
};
