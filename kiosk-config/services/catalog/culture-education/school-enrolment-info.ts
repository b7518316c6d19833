import { opt, question, radio, t } from "../../model/build";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const schoolEnrolmentInfo: ServiceInput = {
  ...queryDefaults("culture-education"),
  id: "school-enrolment-info",
  catalogRow: 78,
  name: t("义务教育入学报名信息查询", "School enrolment information"),
  aliases: ["入学报名", "幼升小", "小升初", "学位查询", "招生"],
  steps: [
    question(
      "stage",
      t("报名哪个学段？", "Enrolling for which stage?"),
      radio(
        opt("primary", "幼升小", "Starting primary school"),
        opt("junior", "小升初", "Starting junior secondary"),
      ),
    ),
    question("childIdNumber", t("孩子的身份证号码", "Your child's ID number"), { type: "id-number" }),
  ],
};
