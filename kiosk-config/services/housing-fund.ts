/** 住房公积金 (rows 32–39 of the draft catalog). */
import { checkAnswers, opt, question, radio, type ServiceDefaults, select, t } from "./build";
import {
  bankCardTailQuestion,
  consentQuestion,
  copiesQuestion,
  needCard,
  needPhone,
  periodQuestion,
  phoneQuestion,
  purposeQuestion,
} from "./common";
import { fuzhouDistricts } from "./districts";
import { provinceOptions } from "./provinces";
import type { ServiceInput } from "./schema";

const fundQuery: ServiceDefaults = {
  category: "housing-fund",
  kind: "query",
  identity: "idcard",
  offline: "online-only",
  print: "query-printout",
  needs: [needCard],
};
const fundPrint: ServiceDefaults = { ...fundQuery, kind: "print-certificate", print: "certificate" };
const fundApp: ServiceDefaults = {
  ...fundQuery,
  kind: "application",
  offline: "queue",
  print: "submission-receipt",
  needs: [needCard, t("本人名下的银行卡", "A bank card in your name"), needPhone],
};

export const housingFundBalance: ServiceInput = {
  ...fundQuery,
  id: "housing-fund-balance",
  catalogRow: 32,
  name: t("公积金账户及缴存明细查询", "Housing-fund balance and contribution history"),
  aliases: ["公积金", "公积金查询", "公积金余额", "住房公积金"],
  steps: [periodQuestion()],
};

export const housingFundServices: ServiceInput[] = [
  housingFundBalance,
  {
    ...fundPrint,
    id: "housing-fund-certificate",
    catalogRow: 33,
    name: t("公积金缴存证明打印", "Print housing-fund contribution certificate"),
    aliases: ["公积金证明", "缴存证明", "公积金"],
    approvalRule: "housing-fund-certificate",
    steps: [purposeQuestion(), copiesQuestion()],
  },
  {
    ...fundPrint,
    id: "housing-fund-loan-statement",
    catalogRow: 34,
    name: t("公积金贷款还款明细打印", "Print housing-fund loan repayment statement"),
    aliases: ["公积金贷款", "还款明细", "房贷明细", "公积金"],
    approvalRule: "housing-fund-loan-statement",
    steps: [periodQuestion(), copiesQuestion()],
  },
  {
    ...fundQuery,
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
        radio(
          opt("annuity", "等额本息", "Equal instalments"),
          opt("principal", "等额本金", "Equal principal"),
        ),
      ),
      question(
        "homeCount",
        t("这是第几套住房？", "Is this your first home?"),
        radio(opt("first", "首套", "First home"), opt("second", "二套", "Second home")),
      ),
    ],
  },
  {
    ...fundApp,
    id: "housing-fund-rent-withdrawal",
    catalogRow: 36,
    name: t("租房提取住房公积金", "Withdraw housing fund to pay rent"),
    aliases: ["租房提取", "公积金提取", "提公积金", "公积金"],
    approvalRule: "housing-fund-rent-withdrawal",
    steps: [
      question(
        "lease",
        t("是否有备案的租房合同？", "Is your lease registered?"),
        radio(
          opt("registered", "有备案合同", "Yes, registered"),
          opt("none", "无备案合同（按定额提取）", "No (a fixed amount)"),
        ),
      ),
      bankCardTailQuestion(),
      consentQuestion(
        t("我承诺本人及配偶在福州无自有住房", "I confirm neither I nor my spouse own a home in Fuzhou"),
      ),
      phoneQuestion(),
      checkAnswers(),
    ],
  },
  {
    ...fundApp,
    id: "housing-fund-retirement-withdrawal",
    catalogRow: 37,
    name: t("离退休提取住房公积金", "Withdraw housing fund on retirement"),
    aliases: ["退休提取", "公积金提取", "销户提取", "公积金"],
    approvalRule: "housing-fund-retirement-withdrawal",
    steps: [bankCardTailQuestion(), phoneQuestion(), checkAnswers()],
  },
  {
    ...fundApp,
    needs: [needCard, needPhone],
    id: "housing-fund-transfer",
    catalogRow: 38,
    name: t("公积金转移接续", "Transfer housing-fund account between cities"),
    aliases: ["公积金转移", "公积金转入", "跨省通办", "公积金"],
    steps: [
      question(
        "fromProvince",
        t("原来在哪个省份缴存？", "Where did you pay in before?"),
        select(provinceOptions),
      ),
      phoneQuestion(),
      checkAnswers(),
    ],
  },
  {
    ...fundQuery,
    identity: "none",
    needs: [],
    id: "housing-fund-outlets",
    catalogRow: 39,
    name: t("公积金业务网点查询", "Housing-fund service outlets"),
    aliases: ["公积金网点", "公积金中心", "公积金银行", "公积金"],
    steps: [
      question("district", t("在哪个区县？", "In which district?"), select(fuzhouDistricts)),
      question(
        "business",
        t("要办什么业务？", "What do you need to do?"),
        radio(
          opt("deposit", "缴存", "Pay in"),
          opt("withdraw", "提取", "Withdraw"),
          opt("loan", "贷款", "Borrow"),
        ),
      ),
    ],
  },
];
