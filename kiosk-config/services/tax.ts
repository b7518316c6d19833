/** 税务 (rows 67–69 of the draft catalog). */
import { checkAnswers, opt, question, radio, t } from "./build";
import { copiesQuestion, needCard, payMethodQuestion, purposeQuestion } from "./common";
import type { ServiceInput } from "./schema";

export const taxServices: ServiceInput[] = [
  {
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
  },
  {
    category: "tax",
    kind: "payment",
    identity: "idcard",
    offline: "online-only",
    print: "submission-receipt",
    needs: [needCard, t("手机（扫码付款）", "A phone to pay by QR code")],
    id: "social-insurance-fee-payment",
    catalogRow: 68,
    name: t("社保费/医保费缴纳", "Pay social or medical insurance contributions"),
    aliases: ["社保缴费", "交社保", "医保缴费", "社保费", "灵活就业缴费"],
    steps: [
      question(
        "feeType",
        t("缴纳哪种费用？", "Which contribution?"),
        radio(
          opt("resident-medical", "城乡居民医保", "Resident medical insurance"),
          opt("resident-pension", "城乡居民养老保险", "Resident pension"),
          opt("flexible-worker", "灵活就业人员社保", "Flexible-worker social insurance"),
        ),
      ),
      question(
        "months",
        t("缴纳几个月？", "For how many months?"),
        radio(
          opt("1", "1个月", "1 month"),
          opt("3", "3个月", "3 months"),
          opt("6", "6个月", "6 months"),
          opt("12", "12个月（全年）", "12 months"),
        ),
        { hint: t("城乡居民按年缴纳，请选12个月", "Resident schemes are yearly: choose 12") },
      ),
      payMethodQuestion(),
      checkAnswers(),
    ],
  },
  {
    category: "tax",
    kind: "query",
    identity: "idcard",
    offline: "online-only",
    print: "query-printout",
    needs: [needCard],
    id: "property-tax-query",
    catalogRow: 69,
    name: t("房产税信息查询", "Property-tax query"),
    aliases: ["房产税", "房屋税", "税务查询"],
    steps: [
      question(
        "year",
        t("查询哪一年？", "Which year?"),
        radio(opt("this-year", "今年", "This year"), opt("last-year", "去年", "Last year")),
      ),
    ],
  },
];
