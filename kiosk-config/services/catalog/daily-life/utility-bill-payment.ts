import { checkAnswers, opt, question, radio, t } from "../../model/build";
import { payMethodQuestion } from "../../model/common";
import type { ServiceInput } from "../../model/schema";

export const utilityBillPayment: ServiceInput = {
  id: "utility-bill-payment",
  catalogRow: 105,
  name: t("水电燃气费缴纳", "Pay water, electricity or gas bills"),
  aliases: ["水费", "电费", "燃气费", "缴费", "生活缴费"],
  category: "daily-life",
  kind: "payment",
  identity: "none",
  needs: [
    t("缴费户号（在账单上）", "Your account number (on the bill)"),
    t("手机（扫码付款）", "A phone to pay"),
  ],
  steps: [
    question(
      "utility",
      t("缴什么费？", "Which bill?"),
      radio(
        opt("water", "水费", "Water"),
        opt("electricity", "电费", "Electricity"),
        opt("gas", "燃气费", "Gas"),
      ),
    ),
    question(
      "accountNo",
      t("缴费户号", "Account number"),
      {
        type: "text",
        minLength: 6,
        maxLength: 16,
        pattern: "^[0-9]{6,16}$",
        keyboard: "numeric",
        patternHint: t("户号是账单上的6到16位数字", "6 to 16 digits, on your bill"),
      },
      { hint: t("在纸质账单或短信通知上", "On your paper bill or text message") },
    ),
    payMethodQuestion(),
    checkAnswers(),
  ],
  offline: "online-only",
  print: "submission-receipt",
};
