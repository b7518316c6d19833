import { opt, question, radio, select, t } from "../../model/build";
import { openQueryDefaults } from "../../model/defaults";
import { fuzhouDistricts } from "../../model/districts";
import type { ServiceInput } from "../../model/schema";

export const designatedMedicalInstitutions: ServiceInput = {
  ...openQueryDefaults("medical-insurance"),
  id: "designated-medical-institutions",
  catalogRow: 28,
  name: t("医保定点医药机构查询", "Find designated hospitals and pharmacies"),
  aliases: ["定点医院", "定点药店", "医保药店", "医保医院"],
  steps: [
    question(
      "institutionType",
      t("找医院还是药店？", "A hospital or a pharmacy?"),
      radio(opt("hospital", "定点医院", "Hospital"), opt("pharmacy", "定点药店", "Pharmacy")),
    ),
    question("district", t("在哪个区县？", "In which district?"), select(fuzhouDistricts)),
  ],
};
