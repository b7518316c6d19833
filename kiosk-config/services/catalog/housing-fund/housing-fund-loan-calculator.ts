import { opt, question, radio, t } from "../../model/build";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const housingFundLoanCalculator: ServiceInput = {
  ...queryDefaults("housing-fund"),
  identity: "none",
  needs: [],
  id: "housing-fund-loan-calculator",
  catalogRow: 35,
  name: t("公积金贷款试算", "Housing-fund loan calculator"),
  aliases: ["公积金贷款", "贷款计算", "房贷计算器", "公积金"],
  steps: [
    question("loanAmount", t("想贷多少万元？", "How much would you borrow (10,000 yuan)?"), {
      type: "number",
      min: 1,
      max: 120,
      unit: t("万元", "× 10,000 yuan"),
    }),
    question("years", t("贷款多少年？", "Over how many years?"), {
      type: "number",
      min: 1,
      max: 30,
      unit: t("年", "years"),
    }),
    question(
      "repayment",
      t("还款方式", "Repayment method"),
      radio(opt("annuity", "等额本息", "Equal instalments"), opt("principal", "等额本金", "Equal principal")),
    ),
    question(
      "homeCount",
      t("这是第几套住房？", "Is this your first home?"),
      radio(opt("first", "首套", "First home"), opt("second", "二套", "Second home")),
    ),
  ],
};
