import { checkAnswers, t } from "../../model/build";
import { phoneQuestion } from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";
import { residenceAddress } from "./shared";

export const residencePermitEndorsement: ServiceInput = {
  ...applicationDefaults("household-police"),
  id: "residence-permit-endorsement",
  catalogRow: 48,
  name: t("居住证签注", "Residence permit annual endorsement"),
  aliases: ["居住证签注", "居住证续签", "居住证年审", "居住证"],
  approvalRule: "residence-permit-endorsement",
  steps: [residenceAddress(), phoneQuestion(), checkAnswers()],
};
