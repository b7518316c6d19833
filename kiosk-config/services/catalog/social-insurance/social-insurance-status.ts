import { opt, question, radio, t } from "../../model/build";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const socialInsuranceStatus: ServiceInput = {
  ...queryDefaults("social-insurance"),
  id: "social-insurance-status",
  catalogRow: 1,
  name: t("社保参保信息查询", "Social-insurance enrollment status"),
  aliases: ["社保", "社保查询", "参保查询", "社会保险"],
  steps: [
    question(
      "insuranceType",
      t("查询哪个险种？", "Which insurance?"),
      radio(
        opt("all", "全部险种", "All"),
        opt("pension", "养老保险", "Pension"),
        opt("medical", "医疗保险", "Medical"),
        opt("unemployment", "失业保险", "Unemployment"),
        opt("work-injury", "工伤保险", "Work injury"),
      ),
    ),
  ],
};
