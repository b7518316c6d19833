import { checkAnswers, opt, question, radio, t } from "../../model/build";
import { needPhone, phoneQuestion } from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import { newbornQuestions } from "../../model/newborn-questions";
import type { ServiceInput } from "../../model/schema";

export const newbornHukouRegistration: ServiceInput = {
  ...applicationDefaults("household-police"),
  needs: [
    t("父亲或母亲的身份证", "The father's or mother's ID card"),
    t("新生儿的出生医学证明", "The baby's birth medical certificate"),
    needPhone,
  ],
  id: "newborn-hukou-registration",
  catalogRow: 51,
  name: t("新生儿出生登记（落户）", "Register a newborn's household registration"),
  aliases: ["新生儿落户", "出生登记", "报户口", "宝宝落户", "出生一件事"],
  steps: [
    ...newbornQuestions(),
    question(
      "hukouWith",
      t("随谁落户？", "Whose household will the baby join?"),
      radio(opt("father", "随父亲", "The father's"), opt("mother", "随母亲", "The mother's")),
    ),
    phoneQuestion(),
    checkAnswers(),
  ],
};
