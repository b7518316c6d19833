import { opt, question, radio, t } from "../../model/build";
import { copiesQuestion, needCard, purposeQuestion } from "../../model/common";
import type { ServiceInput } from "../../model/schema";

export const incomeTaxRecord: ServiceInput = {
  category: "tax",
  kind: "print-certificate",
  identity: "idcard",
  offline: "online-only",
  print: "certificate",
  needs: [needCard],
  id: "income-tax-record",
  catalogRow: 67,
  name: t("个人所得税纳税记录开具", "Print personal income-tax record"),
  aliases: ["个税", "纳税证明", "完税证明", "纳税记录", "个税证明"],
  approvalRule: "income-tax-record",
  steps: [
    question(
      "period",
      t("开具哪段时间的记录？", "For which period?"),
      radio(
        opt("last-12-months", "最近12个月", "Last 12 months"),
        opt("last-year", "上一年度", "Last year"),
        opt("last-3-years", "最近3年", "Last 3 years"),
      ),
    ),
    purposeQuestion(),
    copiesQuestion(),
  ],
};
