import { chineseName, opt, question, radio, type StepInput, t } from "./build";

/**
 * The newborn's details, asked alike by 新生儿医保参保 (medical-insurance) and 新生儿出生登记
 * (household-police): the "出生一件事" bundle shares them, so they are written once.
 */
export function newbornQuestions(): StepInput[] {
  return [
    question("childName", t("宝宝的姓名是？", "What is the baby's name?"), chineseName(10), {
      hint: t("与出生医学证明上的姓名一致", "As written on the birth medical certificate"),
      label: t("宝宝姓名", "Baby's name"),
    }),
    question(
      "childSex",
      t("宝宝的性别是？", "Is the baby a boy or a girl?"),
      radio(opt("male", "男", "Boy"), opt("female", "女", "Girl")),
      { label: t("宝宝性别", "Baby's sex") },
    ),
    question(
      "childBirthDate",
      t("宝宝的出生日期是？", "When was the baby born?"),
      { type: "date", minDaysFromToday: -1095, maxDaysFromToday: 0 },
      {
        hint: t("可为3周岁以内的婴幼儿办理", "For children under 3 years old"),
        label: t("出生日期", "Date of birth"),
      },
    ),
    question(
      "birthCertificateNo",
      t("出生医学证明编号是？", "What is the number of the birth medical certificate?"),
      {
        type: "text",
        minLength: 10,
        maxLength: 10,
        pattern: "^[A-Z][0-9]{9}$",
        patternHint: t(
          "编号是1个大写字母加9位数字，例如 Q350123456",
          "One capital letter and 9 digits, for example Q350123456",
        ),
        keyboard: "alphanumeric",
      },
      {
        hint: t("在证明右上角，1个字母加9位数字", "Top right of the certificate: a letter and 9 digits"),
        label: t("出生医学证明编号", "Birth certificate number"),
      },
    ),
    question(
      "relationship",
      t("您是宝宝的？", "How are you related to the baby?"),
      radio(
        opt("father", "父亲", "Father"),
        opt("mother", "母亲", "Mother"),
        opt("guardian", "监护人", "Guardian"),
      ),
      { label: t("与宝宝的关系", "Relationship to the baby") },
    ),
  ];
}
