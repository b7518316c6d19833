import { opt, question, radio, t } from "../../model/build";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const medicalInsuranceStatus: ServiceInput = {
  ...queryDefaults("medical-insurance"),
  id: "medical-insurance-status",
  catalogRow: 19,
  name: t("医保参保信息查询", "Medical-insurance enrollment status"),
  aliases: ["医保", "医保查询", "医疗保险", "参保信息"],
  steps: [
    question(
      "about",
      t("想查什么？", "What would you like to check?"),
      radio(
        opt("status", "参保状态和险种", "Enrollment status and scheme"),
        opt("payments", "缴费记录", "Contribution record"),
      ),
    ),
  ],
};
