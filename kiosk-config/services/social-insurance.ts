/** 社会保险: queries and statements (rows 1–7, 10, 14 of the draft catalog). */
import { opt, question, radio, type ServiceDefaults, t } from "./build";
import { copiesQuestion, needCard, periodQuestion, purposeQuestion } from "./common";
import type { ServiceInput } from "./schema";

const socialQuery: ServiceDefaults = {
  category: "social-insurance",
  kind: "query",
  identity: "idcard",
  needs: [needCard],
  offline: "online-only",
  print: "query-printout",
};
const socialPrint: ServiceDefaults = {
  category: "social-insurance",
  kind: "print-certificate",
  identity: "idcard",
  needs: [needCard],
  offline: "online-only",
  print: "certificate",
};

export const socialInsuranceStatus: ServiceInput = {
  ...socialQuery,
  id: "social-insurance-status",
  catalogRow: 1,
  name: t("社保参保信息查询", "Social-insurance enrollment status"),
  aliases: ["社保", "社保查询", "参保查询", "社会保险"],
  steps: [
    question(
      "insuranceType",
      t("查询哪个险种？", "Which insurance?"),
      radio(
        opt("all", "全部险种", "All"),
        opt("pension", "养老保险", "Pension"),
        opt("medical", "医疗保险", "Medical"),
        opt("unemployment", "失业保险", "Unemployment"),
        opt("work-injury", "工伤保险", "Work injury"),
      ),
    ),
  ],
};

const socialInsuranceQueries: ServiceInput[] = [
  socialInsuranceStatus,
  {
    ...socialQuery,
    id: "pension-contributions",
    catalogRow: 2,
    name: t("养老保险缴费明细查询", "Pension contribution history"),
    aliases: ["养老保险", "社保缴费", "社保明细", "养老缴费"],
    steps: [periodQuestion()],
  },
  {
    ...socialQuery,
    id: "resident-pension-contributions",
    catalogRow: 3,
    name: t("城乡居民养老保险缴费查询", "Urban–rural resident pension contributions"),
    aliases: ["城乡居保", "居民养老", "新农保", "社保"],
    steps: [periodQuestion()],
  },
  {
    ...socialQuery,
    id: "pension-payouts",
    catalogRow: 4,
    name: t("养老金发放明细查询", "Pension payout history"),
    aliases: ["养老金", "退休金", "退休工资", "社保"],
    steps: [
      question(
        "scheme",
        t("您领取哪种养老金？", "Which pension do you receive?"),
        radio(
          opt("employee", "职工养老金（退休金）", "Employee pension"),
          opt("resident", "城乡居民养老金", "Resident pension"),
        ),
      ),
      periodQuestion(),
    ],
  },
  {
    ...socialQuery,
    id: "social-security-card-status",
    catalogRow: 10,
    name: t("社保卡信息查询", "Social security card status"),
    aliases: ["社保卡", "社保卡查询", "社保卡进度", "市民卡"],
    steps: [
      question(
        "about",
        t("想查什么？", "What would you like to check?"),
        radio(
          opt("status", "卡片状态（正常/挂失）", "Card status (active or reported lost)"),
          opt("progress", "制卡进度", "Card production progress"),
          opt("bank", "金融账户开户银行", "Linked bank account"),
        ),
      ),
    ],
  },
  {
    ...socialQuery,
    id: "work-injury-archive",
    catalogRow: 14,
    name: t("工伤认定档案查询", "Work-injury determination archive"),
    aliases: ["工伤", "工伤认定", "工伤档案", "社保"],
    steps: [periodQuestion()],
  },
];

const socialInsuranceStatements: ServiceInput[] = [
  {
    ...socialPrint,
    id: "social-insurance-rights-statement",
    catalogRow: 5,
    name: t("社会保险个人权益记录单打印", "Print annual social-insurance rights statement"),
    aliases: ["权益记录单", "社保对账单", "社保权益单", "社保"],
    approvalRule: "social-insurance-rights-statement",
    steps: [
      question(
        "year",
        t("打印哪一年的记录单？", "Which year's statement?"),
        radio(opt("last-year", "上年度", "Last year"), opt("year-before", "前年度", "The year before")),
      ),
      copiesQuestion(),
    ],
  },
  {
    ...socialPrint,
    id: "social-insurance-contribution-proof",
    catalogRow: 6,
    name: t("社保参保缴费证明打印", "Print proof of social-insurance contributions"),
    aliases: ["社保证明", "参保证明", "缴费证明", "社保缴费凭证", "社保"],
    approvalRule: "social-insurance-contribution-proof",
    steps: [
      question(
        "insuranceType",
        t("证明哪个险种？", "Which insurance should it cover?"),
        radio(
          opt("all", "全部险种", "All"),
          opt("pension", "养老保险", "Pension"),
          opt("medical", "医疗保险", "Medical"),
          opt("unemployment", "失业保险", "Unemployment"),
        ),
      ),
      periodQuestion(),
      purposeQuestion(),
      copiesQuestion(),
    ],
  },
  {
    ...socialPrint,
    id: "pension-receipt-certificate",
    catalogRow: 7,
    name: t("养老待遇领取证明打印", "Print pension-receipt certificate"),
    aliases: ["养老待遇证明", "退休证明", "领取养老金证明"],
    approvalRule: "pension-receipt-certificate",
    steps: [purposeQuestion(), copiesQuestion()],
  },
];

export const socialInsuranceServices: ServiceInput[] = [
  ...socialInsuranceQueries,
  ...socialInsuranceStatements,
];
