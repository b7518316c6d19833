import { checkAnswers, opt, question, select, t } from "../../model/build";
import { bankCardTailQuestion, needCard, needPhone, phoneQuestion } from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const disabilitySubsidy: ServiceInput = {
  ...applicationDefaults("civil-affairs"),
  needs: [needCard, t("残疾人证", "The disability certificate"), needPhone],
  id: "disability-subsidy",
  catalogRow: 75,
  name: t("残疾人补贴申请", "Disability subsidy application"),
  aliases: ["残疾人补贴", "两项补贴", "护理补贴", "残联"],
  steps: [
    question(
      "subsidyType",
      t("申请哪种补贴？", "Which subsidy?"),
      select([
        opt("living", "困难残疾人生活补贴", "Living subsidy"),
        opt("care", "重度残疾人护理补贴", "Care subsidy for severe disability"),
        opt("transport", "残疾人交通补贴", "Transport subsidy"),
      ]),
    ),
    question("disabilityCertificateNo", t("残疾人证号", "Disability certificate number"), {
      type: "text",
      minLength: 20,
      maxLength: 20,
      pattern: "^[0-9]{17}[0-9X][1-7][1-4]$",
      keyboard: "alphanumeric",
      patternHint: t(
        "残疾人证号是身份证号加2位数字，共20位",
        "Your ID number followed by 2 digits: 20 characters",
      ),
    }),
    bankCardTailQuestion(),
    phoneQuestion(),
    checkAnswers(),
  ],
};
