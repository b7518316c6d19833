/** The named example of issue 6: 城乡居民医疗保险参保登记（新生儿）, decided by 秒批 on the spot. */
import { checkAnswers, opt, question, radio, type StepInput, t, text } from "./build";
import { phoneQuestion } from "./common";
import type { ServiceInput } from "./schema";

/** The newborn's details, also asked by 新生儿出生登记 (a "出生一件事" bundle shares them). */
export function newbornQuestions(): StepInput[] {
  return [
    question("childName", t("宝宝的姓名是？", "What is the baby's name?"), text(10), {
      hint: t("与出生医学证明上的姓名一致", "As written on the birth medical certificate"),
    }),
    question(
      "childSex",
      t("宝宝的性别是？", "Is the baby a boy or a girl?"),
      radio(opt("male", "男", "Boy"), opt("female", "女", "Girl")),
    ),
    question(
      "childBirthDate",
      t("宝宝的出生日期是？", "When was the baby born?"),
      { type: "date", minDaysFromToday: -1095, maxDaysFromToday: 0 },
      { hint: t("可为3周岁以内的婴幼儿办理", "For children under 3 years old") },
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
      { hint: t("在证明右上角，1个字母加9位数字", "Top right of the certificate: a letter and 9 digits") },
    ),
    question(
      "relationship",
      t("您是宝宝的？", "How are you related to the baby?"),
      radio(
        opt("father", "父亲", "Father"),
        opt("mother", "母亲", "Mother"),
        opt("guardian", "监护人", "Guardian"),
      ),
    ),
  ];
}

export const newbornMedInsurance: ServiceInput = {
  id: "newborn-med-insurance",
  catalogRow: 21,
  name: t("城乡居民医疗保险参保登记（新生儿）", "Newborn medical-insurance enrollment (resident scheme)"),
  aliases: ["新生儿医保", "新生儿参保", "宝宝医保", "出生一件事", "医保"],
  category: "medical-insurance",
  kind: "application",
  identity: "idcard",
  needs: [
    t("父亲、母亲或监护人的身份证", "The ID card of the father, mother or guardian"),
    t("新生儿的出生医学证明", "The baby's birth medical certificate (出生医学证明)"),
    t("一个能接收短信的手机号码", "A mobile phone that receives text messages"),
  ],
  steps: [
    ...newbornQuestions(),
    phoneQuestion(t("用于接收参保结果和缴费提醒短信", "We text you the result and the payment reminder")),
    checkAnswers(),
  ],
  offline: "queue",
  print: "submission-receipt",
  approvalRule: "newborn-med-insurance",
};
