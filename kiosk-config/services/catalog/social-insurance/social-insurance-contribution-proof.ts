import { opt, question, radio, t } from "../../model/build";
import { copiesQuestion, periodQuestion, purposeQuestion } from "../../model/common";
import { certificateDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const socialInsuranceContributionProof: ServiceInput = {
  ...certificateDefaults("social-insurance"),
  id: "social-insurance-contribution-proof",
  catalogRow: 6,
  name: t("社保参保缴费证明打印", "Print proof of social-insurance contributions"),
  aliases: ["社保证明", "参保证明", "缴费证明", "社保缴费凭证", "社保"],
  approvalRule: "social-insurance-contribution-proof",
  steps: [
    question(
      "insuranceType",
      t("证明哪个险种？", "Which insurance should it cover?"),
      radio(
        opt("all", "全部险种", "All"),
        opt("pension", "养老保险", "Pension"),
        opt("medical", "医疗保险", "Medical"),
        opt("unemployment", "失业保险", "Unemployment"),
      ),
    ),
    periodQuestion(),
    purposeQuestion(),
    copiesQuestion(),
  ],
};
