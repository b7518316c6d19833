/** 民政 (rows 70–77 of the draft catalog). */
import { checkAnswers, opt, question, radio, type ServiceDefaults, select, t } from "./build";
import {
  appointmentDateQuestion,
  bankCardTailQuestion,
  copiesQuestion,
  districtQuestion,
  needCard,
  needPhone,
  phoneQuestion,
  purposeQuestion,
  timeSlotQuestion,
} from "./common";
import type { ServiceInput } from "./schema";

const civilApp: ServiceDefaults = {
  category: "civil-affairs",
  kind: "application",
  identity: "idcard",
  offline: "queue",
  print: "submission-receipt",
  needs: [needCard, needPhone],
};
const civilPrint: ServiceDefaults = {
  ...civilApp,
  kind: "print-certificate",
  offline: "online-only",
  print: "certificate",
  needs: [needCard],
};
const civilQuery: ServiceDefaults = { ...civilPrint, kind: "query", print: "query-printout" };

const cardDelivery = () =>
  question(
    "delivery",
    t("证件怎么领取？", "How will you get the card?"),
    radio(opt("community", "到社区领取", "At my community centre"), opt("mail", "邮寄到家", "By post")),
  );

export const civilAffairsServices: ServiceInput[] = [
  {
    ...civilApp,
    kind: "appointment",
    offline: "online-only",
    needs: [t("双方的身份证和户口簿", "Both partners' ID cards and household registers"), needPhone],
    id: "marriage-appointment",
    catalogRow: 70,
    name: t("婚姻登记预约", "Book a marriage registration"),
    aliases: ["结婚登记", "领证预约", "婚姻预约", "离婚登记", "结婚"],
    steps: [
      question(
        "registrationType",
        t("办理什么登记？", "Which registration?"),
        radio(
          opt("marriage", "结婚登记", "Marriage"),
          opt("divorce", "离婚登记", "Divorce"),
          opt("reissue", "补领婚姻登记证", "Replacement certificate"),
        ),
      ),
      question("partnerIdNumber", t("另一方的身份证号码", "The other partner's ID number"), {
        type: "id-number",
      }),
      districtQuestion("office", t("在哪个区的婚姻登记处？", "At which district's registry?")),
      appointmentDateQuestion(),
      timeSlotQuestion(),
      phoneQuestion(),
      checkAnswers(),
    ],
  },
  {
    ...civilPrint,
    id: "marriage-record",
    catalogRow: 71,
    name: t("婚姻登记档案查询（婚姻状况证明）", "Marriage record / marital-status printout"),
    aliases: ["婚姻状况证明", "婚姻档案", "单身证明", "结婚证明"],
    approvalRule: "marriage-record",
    steps: [purposeQuestion(), copiesQuestion()],
  },
  {
    ...civilApp,
    id: "senior-preferential-card",
    catalogRow: 72,
    name: t("老年人优待证申领", "Apply for a senior-citizen preferential card"),
    aliases: ["老年证", "优待证", "长者优待证", "敬老证", "老人证"],
    approvalRule: "senior-preferential-card",
    steps: [cardDelivery(), phoneQuestion(), checkAnswers()],
  },
  {
    ...civilApp,
    needs: [
      needCard,
      t("本人名下的银行卡或社保卡", "A bank or social security card in your name"),
      needPhone,
    ],
    id: "old-age-allowance",
    catalogRow: 73,
    name: t("高龄津贴申领", "Apply for an old-age allowance"),
    aliases: ["高龄补贴", "高龄津贴", "老人补贴", "尊老金"],
    approvalRule: "old-age-allowance",
    steps: [bankCardTailQuestion(), phoneQuestion(), checkAnswers()],
  },
  {
    ...civilPrint,
    id: "low-income-certificate",
    catalogRow: 74,
    name: t(
      "最低生活保障/特困人员证明开具",
      "Certificate of minimum-living-allowance or extreme-poverty status",
    ),
    aliases: ["低保证明", "特困证明", "低保", "困难证明"],
    approvalRule: "low-income-certificate",
    steps: [
      question(
        "certificateType",
        t("开具哪种证明？", "Which certificate?"),
        radio(
          opt("minimum-living", "最低生活保障家庭证明", "Minimum living allowance"),
          opt("extreme-poverty", "特困人员证明", "Extreme poverty support"),
        ),
      ),
      purposeQuestion(),
      copiesQuestion(),
    ],
  },
  {
    ...civilApp,
    needs: [needCard, t("残疾人证", "The disability certificate"), needPhone],
    id: "disability-subsidy",
    catalogRow: 75,
    name: t("残疾人补贴申请", "Disability subsidy application"),
    aliases: ["残疾人补贴", "两项补贴", "护理补贴", "残联"],
    steps: [
      question(
        "subsidyType",
        t("申请哪种补贴？", "Which subsidy?"),
        select([
          opt("living", "困难残疾人生活补贴", "Living subsidy"),
          opt("care", "重度残疾人护理补贴", "Care subsidy for severe disability"),
          opt("transport", "残疾人交通补贴", "Transport subsidy"),
        ]),
      ),
      question("disabilityCertificateNo", t("残疾人证号", "Disability certificate number"), {
        type: "text",
        minLength: 20,
        maxLength: 20,
        pattern: "^[0-9]{17}[0-9X][1-7][1-4]$",
        keyboard: "alphanumeric",
        patternHint: t(
          "残疾人证号是身份证号加2位数字，共20位",
          "Your ID number followed by 2 digits: 20 characters",
        ),
      }),
      bankCardTailQuestion(),
      phoneQuestion(),
      checkAnswers(),
    ],
  },
  {
    ...civilQuery,
    id: "family-planning-archive",
    catalogRow: 76,
    name: t("独生子女/计生档案查询", "One-child family archive query"),
    aliases: ["独生子女证", "计生档案", "独生子女"],
    steps: [
      question(
        "about",
        t("想查什么？", "What would you like to check?"),
        radio(
          opt("one-child", "独生子女父母光荣证信息", "One-child parents' certificate"),
          opt("rewards", "计生奖励扶助记录", "Family-planning rewards"),
        ),
      ),
    ],
  },
  {
    ...civilQuery,
    identity: "none",
    needs: [],
    id: "community-centre-lookup",
    catalogRow: 77,
    name: t("社区服务中心地址查询", "Community service centre addresses"),
    aliases: ["社区地址", "社区服务中心", "居委会", "便民服务中心"],
    steps: [
      question("address", t("您住在哪里？", "Where do you live?"), { type: "fuzhou-address", maxLength: 40 }),
    ],
  },
];
