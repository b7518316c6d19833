import { opt, question, radio, t } from "../../model/build";
import { copiesQuestion, purposeQuestion } from "../../model/common";
import { certificateDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const lowIncomeCertificate: ServiceInput = {
  ...certificateDefaults("civil-affairs"),
  id: "low-income-certificate",
  catalogRow: 74,
  name: t(
    "最低生活保障/特困人员证明开具",
    "Certificate of minimum-living-allowance or extreme-poverty status",
  ),
  aliases: ["低保证明", "特困证明", "低保", "困难证明"],
  approvalRule: "low-income-certificate",
  steps: [
    question(
      "certificateType",
      t("开具哪种证明？", "Which certificate?"),
      radio(
        opt("minimum-living", "最低生活保障家庭证明", "Minimum living allowance"),
        opt("extreme-poverty", "特困人员证明", "Extreme poverty support"),
      ),
    ),
    purposeQuestion(),
    copiesQuestion(),
  ],
};
