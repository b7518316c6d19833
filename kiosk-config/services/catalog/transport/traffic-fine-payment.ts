import { checkAnswers, question, t } from "../../model/build";
import { needCard, payMethodQuestion } from "../../model/common";
import { paymentDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const trafficFinePayment: ServiceInput = {
  ...paymentDefaults("transport"),
  needs: [
    needCard,
    t("处罚决定书（编号）", "The penalty notice (its number)"),
    t("手机（扫码付款）", "A phone to pay"),
  ],
  id: "traffic-fine-payment",
  catalogRow: 60,
  name: t("交通违法罚款缴纳", "Pay a traffic fine"),
  aliases: ["交罚款", "违章缴费", "罚款缴纳", "违章"],
  steps: [
    question("decisionNo", t("处罚决定书编号", "Penalty notice number"), {
      type: "text",
      minLength: 15,
      maxLength: 16,
      pattern: "^[0-9]{15,16}$",
      keyboard: "numeric",
      patternHint: t("决定书编号是15或16位数字", "15 or 16 digits"),
    }),
    payMethodQuestion(),
    checkAnswers(),
  ],
};
