/** 社会保险: applications (rows 8, 9, 11–13 of the draft catalog). */
import { checkAnswers, opt, question, radio, type ServiceDefaults, select, t, when } from "./build";
import { consentQuestion, districtQuestion, needCard, needPhone, phoneQuestion } from "./common";
import { provinceOptions } from "./provinces";
import type { ServiceInput } from "./schema";

const socialApp: ServiceDefaults = {
  category: "social-insurance",
  kind: "application",
  identity: "idcard",
  offline: "queue",
  print: "submission-receipt",
  needs: [needCard, needPhone],
};

export const socialInsuranceApplications: ServiceInput[] = [
  {
    ...socialApp,
    id: "pension-transfer",
    catalogRow: 8,
    name: t("养老保险关系转移接续申请", "Transfer pension account between provinces"),
    aliases: ["养老保险转移", "社保转移", "社保转入", "跨省通办"],
    needs: [needCard, t("原参保地（省份）", "The province where you were insured before"), needPhone],
    steps: [
      question(
        "direction",
        t("您要转入福州还是转出福州？", "Into Fuzhou or out of Fuzhou?"),
        radio(opt("in", "从外地转入福州", "Into Fuzhou"), opt("out", "从福州转出", "Out of Fuzhou")),
      ),
      question(
        "otherProvince",
        t("对方是哪个省份？", "Which province is the other side?"),
        select(provinceOptions),
      ),
      phoneQuestion(),
      checkAnswers(),
    ],
  },
  {
    ...socialApp,
    id: "flexible-worker-registration",
    catalogRow: 9,
    name: t("灵活就业人员参保登记", "Social-insurance registration for flexible workers"),
    aliases: ["灵活就业", "个体参保", "自由职业社保", "社保"],
    approvalRule: "flexible-worker-registration",
    needs: [needCard, needPhone],
    steps: [
      question(
        "insuranceTypes",
        t("参加哪些险种？", "Which insurance will you join?"),
        select([opt("pension", "养老保险", "Pension"), opt("medical", "医疗保险", "Medical")], true),
      ),
      question(
        "contributionBase",
        t("选择缴费档次", "Choose your contribution level"),
        radio(
          opt("60", "60%（最低档）", "60% (lowest)"),
          opt("100", "100%", "100%"),
          opt("200", "200%", "200%"),
          opt("300", "300%（最高档）", "300% (highest)"),
        ),
        { hint: t("按全省平均工资的比例缴费", "A share of the provincial average wage") },
      ),
      phoneQuestion(),
      checkAnswers(),
    ],
  },
  {
    ...socialApp,
    id: "social-security-card-application",
    catalogRow: 11,
    name: t("社保卡申领/换代", "Apply for or upgrade a social security card"),
    aliases: ["社保卡", "社保卡申领", "社保卡换卡", "三代社保卡", "补办社保卡"],
    identity: "idcard+photo",
    needs: [needCard, t("在本机拍一张证件照", "A photo taken here for the card"), needPhone],
    steps: [
      question(
        "reason",
        t("办理原因", "Why do you need a card?"),
        radio(
          opt("first", "首次申领", "First card"),
          opt("upgrade", "换领第三代社保卡", "Upgrade to the third-generation card"),
          opt("lost", "遗失补办", "Replacement for a lost card"),
          opt("damaged", "损坏换卡", "Replacement for a damaged card"),
        ),
      ),
      question(
        "delivery",
        t("新卡怎么领取？", "How will you collect the card?"),
        radio(opt("outlet", "到银行网点领取", "At a bank outlet"), opt("mail", "邮寄到家", "By post")),
        { routes: [when("delivery", "outlet", "outletDistrict")] },
      ),
      question(
        "address",
        t("邮寄地址", "Postal address"),
        { type: "fuzhou-address", maxLength: 40 },
        { next: "phone" },
      ),
      districtQuestion("outletDistrict", t("在哪个区领取？", "In which district will you collect it?")),
      phoneQuestion(),
      checkAnswers(),
    ],
  },
  {
    ...socialApp,
    id: "social-security-card-loss",
    catalogRow: 12,
    name: t("社保卡临时挂失", "Temporary loss report for a social security card"),
    aliases: ["社保卡挂失", "挂失", "社保卡丢了"],
    approvalRule: "social-security-card-loss",
    offline: "online-only",
    needs: [needCard],
    steps: [
      question(
        "cardSituation",
        t("社保卡怎么了？", "What happened to the card?"),
        radio(
          opt("lost", "丢失", "Lost"),
          opt("stolen", "被盗", "Stolen"),
          opt("unsure", "暂时找不到", "Cannot find it"),
        ),
        {
          hint: t("临时挂失5天内有效，找回后可解挂", "A temporary report lasts 5 days and can be cancelled"),
        },
      ),
      phoneQuestion(),
      checkAnswers(),
    ],
  },
  {
    ...socialApp,
    id: "pension-eligibility-check",
    wipeOnCardRemoval: true,
    catalogRow: 13,
    name: t("领取养老金资格认证（刷脸）", "Annual pensioner eligibility check (face)"),
    aliases: ["资格认证", "刷脸认证", "养老金认证", "生存认证", "年审"],
    identity: "idcard+face",
    approvalRule: "pension-eligibility-check",
    offline: "online-only",
    needs: [
      t("领取养老金本人的身份证，本人到场刷脸", "The pensioner's own ID card; the pensioner must be here"),
    ],
    steps: [
      question(
        "residence",
        t("您现在住在哪里？", "Where do you live now?"),
        radio(
          opt("fuzhou", "福州", "Fuzhou"),
          opt("other-city", "省内其他城市", "Elsewhere in Fujian"),
          opt("other-province", "外省", "Another province"),
        ),
      ),
      consentQuestion(
        t("我确认本人仍在领取养老金且信息属实", "I confirm I still receive the pension and this is true"),
      ),
      checkAnswers(),
    ],
  },
];
