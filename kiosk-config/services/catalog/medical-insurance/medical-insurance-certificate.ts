import { t } from "../../model/build";
import { copiesQuestion, purposeQuestion } from "../../model/common";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const medicalInsuranceCertificate: ServiceInput = {
  ...queryDefaults("medical-insurance"),
  kind: "print-certificate",
  print: "certificate",
  id: "medical-insurance-certificate",
  catalogRow: 25,
  name: t("医保参保凭证打印", "Print medical-insurance enrollment certificate"),
  aliases: ["医保证明", "参保凭证", "医保凭证打印"],
  approvalRule: "medical-insurance-certificate",
  steps: [purposeQuestion(), copiesQuestion()],
};
