/** 就业创业 (rows 15–18 of the draft catalog). */
import { checkAnswers, opt, question, radio, type ServiceDefaults, select, t } from "./build";
import {
  bankCardTailQuestion,
  consentQuestion,
  copiesQuestion,
  districtQuestion,
  needCard,
  needPhone,
  periodQuestion,
  phoneQuestion,
} from "./common";
import type { ServiceInput } from "./schema";

const jobApp: ServiceDefaults = {
  category: "employment",
  kind: "application",
  identity: "idcard",
  offline: "queue",
  print: "submission-receipt",
  needs: [needCard, needPhone],
};

const leavingReason = () =>
  question(
    "leavingReason",
    t("因为什么原因失业？", "Why did your job end?"),
    radio(
      opt("contract-ended", "劳动合同到期", "The contract ended"),
      opt("dismissed", "被单位解除合同", "The employer ended it"),
      opt("company-closed", "单位破产或关闭", "The employer closed"),
      opt("resigned", "本人辞职", "I resigned"),
    ),
  );

export const employmentServices: ServiceInput[] = [
  {
    ...jobApp,
    id: "unemployment-registration",
    catalogRow: 15,
    name: t("失业登记", "Unemployment registration"),
    aliases: ["失业", "失业登记", "找工作", "就业登记"],
    approvalRule: "unemployment-registration",
    steps: [
      leavingReason(),
      question(
        "jobWanted",
        t("想找什么样的工作？", "What kind of work are you looking for?"),
        select(
          [
            opt("manufacturing", "制造加工", "Manufacturing"),
            opt("services", "商业服务", "Retail & services"),
            opt("office", "办公文员", "Office work"),
            opt("logistics", "运输物流", "Transport & logistics"),
            opt("construction", "建筑装修", "Construction"),
            opt("it", "信息技术", "IT"),
            opt("care", "家政护理", "Domestic & care work"),
          ],
          true,
        ),
      ),
      districtQuestion("seekingDistrict", t("希望在哪个区工作？", "Where would you like to work?")),
      phoneQuestion(t("就业服务机构会联系您推荐岗位", "The job centre will call you with vacancies")),
      checkAnswers(),
    ],
  },
  {
    ...jobApp,
    id: "unemployment-benefit-claim",
    catalogRow: 16,
    name: t("失业保险金申领", "Claim unemployment insurance benefit"),
    aliases: ["失业金", "失业保险金", "失业补助", "领失业金"],
    approvalRule: "unemployment-benefit-claim",
    needs: [
      needCard,
      t("本人名下的银行卡或社保卡", "A bank or social security card in your name"),
      needPhone,
    ],
    steps: [
      leavingReason(),
      bankCardTailQuestion(),
      consentQuestion(
        t("我承诺目前未就业，且未领取养老金", "I confirm I am not working and do not receive a pension"),
      ),
      phoneQuestion(),
      checkAnswers(),
    ],
  },
  {
    ...jobApp,
    id: "employment-subsidy",
    catalogRow: 17,
    name: t("就业补贴申请", "Employment subsidy application"),
    aliases: ["就业补贴", "社保补贴", "创业补贴", "岗位补贴"],
    steps: [
      question(
        "subsidyType",
        t("申请哪种补贴？", "Which subsidy?"),
        select([
          opt(
            "flexible-social-insurance",
            "灵活就业社保补贴",
            "Social-insurance subsidy for flexible workers",
          ),
          opt("older-worker", "大龄失业人员就业岗位补贴", "Job subsidy for older unemployed people"),
          opt("startup", "一次性创业补贴", "One-off start-up subsidy"),
          opt("graduate", "高校毕业生就业补贴", "Graduate employment subsidy"),
        ]),
      ),
      bankCardTailQuestion(),
      phoneQuestion(),
      checkAnswers(),
    ],
  },
  {
    category: "employment",
    kind: "print-certificate",
    identity: "idcard",
    offline: "online-only",
    print: "certificate",
    needs: [needCard],
    id: "flexible-worker-statement",
    catalogRow: 18,
    name: t("灵活就业人员缴费对账单打印", "Print flexible-worker contribution statement"),
    aliases: ["灵活就业对账单", "对账单", "缴费对账单", "灵活就业"],
    approvalRule: "flexible-worker-statement",
    steps: [periodQuestion(), copiesQuestion()],
  },
];
