import { t } from "../../model/build";
import { copiesQuestion, purposeQuestion } from "../../model/common";
import { certificateDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const housingFundCertificate: ServiceInput = {
  ...certificateDefaults("housing-fund"),
  id: "housing-fund-certificate",
  catalogRow: 33,
  name: t("公积金缴存证明打印", "Print housing-fund contribution certificate"),
  aliases: ["公积金证明", "缴存证明", "公积金"],
  approvalRule: "housing-fund-certificate",
  steps: [purposeQuestion(), copiesQuestion()],
};
