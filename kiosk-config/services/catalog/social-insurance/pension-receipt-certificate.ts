import { t } from "../../model/build";
import { copiesQuestion, purposeQuestion } from "../../model/common";
import { certificateDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const pensionReceiptCertificate: ServiceInput = {
  ...certificateDefaults("social-insurance"),
  id: "pension-receipt-certificate",
  catalogRow: 7,
  name: t("养老待遇领取证明打印", "Print pension-receipt certificate"),
  aliases: ["养老待遇证明", "退休证明", "领取养老金证明"],
  approvalRule: "pension-receipt-certificate",
  steps: [purposeQuestion(), copiesQuestion()],
};
