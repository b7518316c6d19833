/** 医疗保障: queries, certificates and payment (rows 19, 20, 23, 25, 28–30; the named example is in newborn.ts). */
import { checkAnswers, opt, question, radio, type ServiceDefaults, select, t } from "./build";
import { copiesQuestion, needCard, payMethodQuestion, periodQuestion, purposeQuestion } from "./common";
import { fuzhouDistricts } from "./districts";
import { medicalInsuranceApplications } from "./medical-insurance-applications";
import { newbornMedInsurance } from "./newborn";
import type { ServiceInput } from "./schema";

const medQuery: ServiceDefaults = {
  category: "medical-insurance",
  kind: "query",
  identity: "idcard",
  offline: "online-only",
  print: "query-printout",
  needs: [needCard],
};
const openQuery: ServiceDefaults = { ...medQuery, identity: "none", needs: [] };

const medQueries: ServiceInput[] = [
  {
    ...medQuery,
    id: "medical-insurance-status",
    catalogRow: 19,
    name: t("医保参保信息查询", "Medical-insurance enrollment status"),
    aliases: ["医保", "医保查询", "医疗保险", "参保信息"],
    steps: [
      question(
        "about",
        t("想查什么？", "What would you like to check?"),
        radio(
          opt("status", "参保状态和险种", "Enrollment status and scheme"),
          opt("payments", "缴费记录", "Contribution record"),
        ),
      ),
    ],
  },
  {
    ...medQuery,
    id: "medical-insurance-account",
    catalogRow: 20,
    name: t("医保个人账户及就医明细查询", "Medical-insurance account and claims history"),
    aliases: ["医保余额", "医保账户", "就医明细", "医保消费", "医保"],
    steps: [
      question(
        "about",
        t("想查什么？", "What would you like to check?"),
        radio(
          opt("balance", "个人账户余额", "Personal account balance"),
          opt("claims", "就医结算明细", "Treatment and claims history"),
          opt("annual", "年度累计医疗费用", "Yearly medical costs"),
        ),
      ),
      periodQuestion(),
    ],
  },
  {
    ...openQuery,
    id: "designated-medical-institutions",
    catalogRow: 28,
    name: t("医保定点医药机构查询", "Find designated hospitals and pharmacies"),
    aliases: ["定点医院", "定点药店", "医保药店", "医保医院"],
    steps: [
      question(
        "institutionType",
        t("找医院还是药店？", "A hospital or a pharmacy?"),
        radio(opt("hospital", "定点医院", "Hospital"), opt("pharmacy", "定点药店", "Pharmacy")),
      ),
      question("district", t("在哪个区县？", "In which district?"), select(fuzhouDistricts)),
    ],
  },
  {
    ...medQuery,
    id: "reimbursement-progress",
    catalogRow: 29,
    name: t("手工（零星）报销进度查询", "Manual reimbursement progress"),
    aliases: ["报销进度", "零星报销", "医保报销", "手工报销"],
    steps: [periodQuestion()],
  },
  {
    ...openQuery,
    id: "medical-cost-estimator",
    catalogRow: 30,
    name: t("医疗费用试算", "Medical cost-sharing estimator"),
    aliases: ["医保试算", "报销比例", "报销计算", "医疗费用计算"],
    steps: [
      question(
        "scheme",
        t("您参加哪种医保？", "Which medical insurance do you have?"),
        radio(
          opt("employee", "职工医保", "Employee scheme"),
          opt("resident", "城乡居民医保", "Resident scheme"),
        ),
      ),
      question(
        "treatment",
        t("门诊还是住院？", "Outpatient or inpatient?"),
        radio(opt("outpatient", "门诊", "Outpatient"), opt("inpatient", "住院", "Inpatient")),
      ),
      question(
        "hospitalLevel",
        t("医院级别", "Hospital level"),
        radio(
          opt("community", "社区卫生服务中心", "Community health centre"),
          opt("secondary", "二级医院", "Secondary hospital"),
          opt("tertiary", "三级医院", "Tertiary hospital"),
        ),
      ),
      question("amount", t("总费用大约多少元？", "About how much is the total bill?"), {
        type: "number",
        min: 1,
        max: 2_000_000,
        unit: t("元", "yuan"),
      }),
    ],
  },
];

const medPaymentsAndCertificates: ServiceInput[] = [
  {
    category: "medical-insurance",
    kind: "payment",
    identity: "idcard",
    offline: "online-only",
    print: "submission-receipt",
    needs: [needCard, t("手机（扫码付款）", "A phone to pay by QR code")],
    id: "resident-med-insurance-payment",
    catalogRow: 23,
    name: t("城乡居民医保缴费", "Pay resident medical-insurance premium"),
    aliases: ["医保缴费", "交医保", "居民医保缴费", "医保"],
    steps: [
      question(
        "coverageYear",
        t("缴纳哪一年的医保？", "Which year's premium?"),
        radio(
          opt("next-year", "下一年度", "Next year"),
          opt("this-year", "本年度（补缴）", "This year (late)"),
        ),
      ),
      question(
        "payer",
        t("为谁缴费？", "Who are you paying for?"),
        radio(opt("self", "本人", "Myself"), opt("family", "家庭成员", "A family member")),
        { routes: [{ when: { field: "payer", equals: "self" }, goTo: "payMethod" }] },
      ),
      question("memberIdNumber", t("家庭成员的身份证号码", "The family member's ID number"), {
        type: "id-number",
      }),
      payMethodQuestion(),
      checkAnswers(),
    ],
  },
  {
    ...medQuery,
    kind: "print-certificate",
    print: "certificate",
    id: "medical-insurance-certificate",
    catalogRow: 25,
    name: t("医保参保凭证打印", "Print medical-insurance enrollment certificate"),
    aliases: ["医保证明", "参保凭证", "医保凭证打印"],
    approvalRule: "medical-insurance-certificate",
    steps: [purposeQuestion(), copiesQuestion()],
  },
];

export const medicalInsuranceServices: ServiceInput[] = [
  ...medQueries,
  newbornMedInsurance,
  ...medicalInsuranceApplications,
  ...medPaymentsAndCertificates,
];
