import { checkAnswers, opt, question, radio, select, t, text } from "../../model/build";
import { needCard, needPhone, phoneQuestion } from "../../model/common";
import type { ServiceInput } from "../../model/schema";

export const consumerComplaint12315: ServiceInput = {
  id: "consumer-complaint-12315",
  catalogRow: 103,
  name: t("消费投诉举报（12315）", "Consumer complaint or market-regulation report"),
  aliases: ["12315", "消费投诉", "消协", "维权", "投诉商家"],
  category: "hotline-reporting",
  kind: "report",
  identity: "idcard",
  needs: [needCard, t("商家名称和地址", "The business's name and address"), needPhone],
  steps: [
    question(
      "reportType",
      t("投诉还是举报？", "A complaint or a report?"),
      radio(
        opt("complaint", "投诉（我的权益受损）", "Complaint (I lost out)"),
        opt("report", "举报（商家违法）", "Report (the business broke the law)"),
      ),
    ),
    question(
      "goodsType",
      t("涉及什么？", "What is it about?"),
      select([
        opt("food", "食品", "Food"),
        opt("appliances", "家电数码", "Appliances & electronics"),
        opt("clothing", "服装鞋帽", "Clothing"),
        opt("prepaid-card", "预付卡（办卡充值）", "Prepaid cards"),
        opt("education", "教育培训", "Education & training"),
        opt("repair", "维修服务", "Repairs"),
        opt("other", "其他", "Other"),
      ]),
    ),
    question("businessName", t("商家名称", "Name of the business"), text(30)),
    question("location", t("商家在哪里？", "Where is it?"), { type: "fuzhou-address", maxLength: 40 }),
    question(
      "description",
      t("请简单描述问题", "Describe the problem briefly"),
      text(100, [
        t("商品质量问题", "Faulty goods"),
        t("拒绝退换货", "Refused a refund or exchange"),
        t("虚假宣传", "False advertising"),
        t("价格欺诈", "Price fraud"),
        t("预付卡商家跑路", "The business closed with my prepaid balance"),
      ]),
    ),
    question(
      "amount",
      t("涉及金额（元）", "Amount involved (yuan)"),
      { type: "number", min: 0, max: 1_000_000, decimals: true, unit: t("元", "yuan") },
      { optional: true },
    ),
    phoneQuestion(),
    checkAnswers(),
  ],
  offline: "queue",
  print: "submission-receipt",
};
