import { chineseName, opt, question, radio, t } from "../../model/build";
import { openQueryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const medicalStaffLicence: ServiceInput = {
  ...openQueryDefaults("health"),
  id: "medical-staff-licence",
  catalogRow: 89,
  name: t("医师/护士执业信息查询", "Doctor and nurse licence lookup"),
  aliases: ["医生查询", "护士查询", "执业医师", "执业资格"],
  steps: [
    question(
      "profession",
      t("查医师还是护士？", "A doctor or a nurse?"),
      radio(opt("doctor", "医师", "Doctor"), opt("nurse", "护士", "Nurse")),
    ),
    question("staffName", t("姓名", "Name"), chineseName(10)),
  ],
};
