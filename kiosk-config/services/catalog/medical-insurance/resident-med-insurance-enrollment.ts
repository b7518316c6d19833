import { checkAnswers, opt, question, radio, t } from "../../model/build";
import { districtQuestion, phoneQuestion } from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const residentMedInsuranceEnrollment: ServiceInput = {
  ...applicationDefaults("medical-insurance"),
  id: "resident-med-insurance-enrollment",
  catalogRow: 22,
  name: t("城乡居民医保参保登记", "Resident medical-insurance enrollment"),
  aliases: ["居民医保", "医保参保", "医保登记", "医保"],
  approvalRule: "resident-med-insurance-enrollment",
  steps: [
    question(
      "applicantGroup",
      t("您属于哪类人员？", "Which group are you in?"),
      radio(
        opt("adult", "城乡居民（成年人）", "Adult resident"),
        opt("student", "中小学生或大学生", "School or university student"),
        opt("senior", "60岁以上老年人", "Aged 60 or over"),
        opt("disabled", "残疾人", "Disabled"),
      ),
    ),
    districtQuestion(
      "hukouDistrict",
      t("户籍或居住证在哪个区县？", "Where is your household registration or residence permit?"),
    ),
    phoneQuestion(),
    checkAnswers(),
  ],
};
