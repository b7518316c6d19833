/** 市民服务中心: everything beside the queue ticket (rows 92–98 of the draft catalog). */
import { categories } from "../catalog/categories";
import { queueDepartments } from "../catalog/departments";
import {
  checkAnswers,
  device,
  opt,
  question,
  radio,
  type ServiceDefaults,
  select,
  t,
  text,
  when,
} from "./build";
import {
  appointmentDateQuestion,
  copiesQuestion,
  needCard,
  needPhone,
  phoneQuestion,
  timeSlotQuestion,
} from "./common";
import { END } from "./end";
import type { ServiceInput } from "./schema";

const centre: ServiceDefaults = {
  category: "citizen-centre",
  kind: "query",
  identity: "idcard",
  offline: "online-only",
  print: "query-printout",
  needs: [needCard],
};

export const citizenCentreMore: ServiceInput[] = [
  {
    ...centre,
    kind: "appointment",
    print: "submission-receipt",
    needs: [needCard, needPhone],
    id: "counter-appointment",
    catalogRow: 92,
    name: t("办事预约", "Book a counter appointment"),
    aliases: ["预约", "窗口预约", "办事预约", "预约办事"],
    steps: [
      question(
        "department",
        t("预约哪个窗口？", "Which counter?"),
        select(queueDepartments.map((d) => ({ value: d.id, label: d.name }))),
      ),
      appointmentDateQuestion(),
      timeSlotQuestion(),
      phoneQuestion(),
      checkAnswers(),
    ],
  },
  {
    ...centre,
    identity: "optional",
    needs: [t("本人身份证，或回执上的办件编号", "Your ID card, or the reference number on your receipt")],
    id: "application-progress",
    catalogRow: 93,
    name: t("办件进度查询", "Track application progress (all departments)"),
    aliases: ["办件查询", "进度查询", "办理进度", "办好了吗"],
    steps: [
      question(
        "lookupBy",
        t("怎么查？", "How would you like to look it up?"),
        radio(
          opt("idcard", "查我名下全部办件", "All my applications (ID card)"),
          opt("reference", "输入办件编号", "By reference number"),
        ),
        { routes: [when("lookupBy", "idcard", END)] },
      ),
      question("referenceNo", t("办件编号", "Reference number"), {
        type: "text",
        minLength: 8,
        maxLength: 20,
        pattern: "^[A-Z0-9-]{8,20}$",
        keyboard: "alphanumeric",
        patternHint: t("办件编号是8到20位字母或数字", "8 to 20 letters or digits"),
      }),
    ],
  },
  {
    ...centre,
    identity: "none",
    needs: [],
    id: "service-guide",
    catalogRow: 94,
    name: t("办事指南查询", "Service guide lookup"),
    aliases: ["办事指南", "怎么办", "需要什么材料", "办事流程"],
    steps: [
      question(
        "topic",
        t("想了解哪方面的事项？", "Which area?"),
        select(categories.map((c) => ({ value: c.id, label: c.name }))),
      ),
    ],
  },
  {
    ...centre,
    kind: "application",
    print: "none",
    needs: [needCard, t("要复印或扫描的材料", "The documents to copy or scan")],
    id: "document-copy-scan",
    catalogRow: 95,
    name: t("申请材料复印/扫描", "Copy or scan supporting documents"),
    aliases: ["复印", "扫描", "材料复印", "身份证复印"],
    steps: [
      question(
        "action",
        t("复印还是扫描？", "Copy or scan?"),
        radio(
          opt("copy", "复印（打印出来）", "Copy (print it)"),
          opt("scan", "扫描存入我的办事材料库", "Scan into my document store"),
        ),
      ),
      question(
        "documentType",
        t("是什么材料？", "What is the document?"),
        select([
          opt("household-register", "户口簿", "Household register"),
          opt("marriage-certificate", "结婚证", "Marriage certificate"),
          opt("property-certificate", "不动产权证书", "Property certificate"),
          opt("diploma", "学历证书", "Diploma"),
          opt("other", "其他材料", "Other"),
        ]),
      ),
      device(
        "scan",
        "document-scanner",
        t("请把材料正面朝下放在扫描区", "Place the document face down on the scanner"),
        // A scan goes into the resident's document store: there are no copies to count.
        { routes: [when("action", "scan", "check")] },
      ),
      copiesQuestion(),
      checkAnswers(),
    ],
  },
  {
    ...centre,
    kind: "print-certificate",
    print: "certificate",
    id: "e-licence-print",
    catalogRow: 96,
    name: t("电子证照打印", "Print electronic licences and certificates"),
    aliases: ["电子证照", "证照打印", "亮证", "电子证件"],
    approvalRule: "e-licence-print",
    steps: [
      question(
        "licence",
        t("打印哪种证照？", "Which licence?"),
        select([
          opt("household-register", "居民户口簿", "Household register"),
          opt("marriage-certificate", "结婚证", "Marriage certificate"),
          opt("driving-licence", "驾驶证", "Driving licence"),
          opt("vehicle-licence", "机动车行驶证", "Vehicle licence"),
          opt("degree", "学位证书", "Degree certificate"),
          opt("business-licence", "营业执照", "Business licence"),
        ]),
      ),
      copiesQuestion(),
    ],
  },
  {
    ...centre,
    kind: "application",
    offline: "online-only",
    print: "none",
    needs: [needCard, t("短信里的取件码", "The pick-up code from your text message")],
    id: "locker-pickup",
    catalogRow: 97,
    name: t("证照自助领取（智能柜）", "Collect documents from a smart locker"),
    aliases: ["取件", "智能柜", "领证", "取证件"],
    steps: [
      question("pickupCode", t("请输入取件码", "Enter your pick-up code"), {
        type: "text",
        minLength: 6,
        maxLength: 6,
        pattern: "^[0-9]{6}$",
        keyboard: "numeric",
        patternHint: t("取件码是短信里的6位数字", "The 6 digits in your text message"),
      }),
      checkAnswers(),
    ],
  },
  {
    ...centre,
    kind: "report",
    identity: "optional",
    offline: "queue",
    print: "none",
    needs: [],
    id: "service-rating",
    catalogRow: 98,
    name: t('政务服务"好差评"', 'Rate the service ("good/bad review")'),
    aliases: ["好差评", "评价", "满意度", "服务评价"],
    steps: [
      question(
        "counter",
        t("评价哪个窗口？", "Which counter are you rating?"),
        select(queueDepartments.map((d) => ({ value: d.id, label: d.name }))),
      ),
      question(
        "rating",
        t("您对这次服务满意吗？", "Were you satisfied?"),
        radio(
          opt("very-satisfied", "非常满意", "Very satisfied"),
          opt("satisfied", "满意", "Satisfied"),
          opt("neutral", "基本满意", "Fairly satisfied"),
          opt("dissatisfied", "不满意", "Dissatisfied"),
          opt("very-dissatisfied", "非常不满意", "Very dissatisfied"),
        ),
        {
          routes: [
            when("rating", "very-satisfied", "check"),
            when("rating", "satisfied", "check"),
            when("rating", "neutral", "check"),
          ],
        },
      ),
      question(
        "reason",
        t("哪里不满意？", "What went wrong?"),
        text(60, [
          t("等候时间太长", "Waited too long"),
          t("工作人员态度不好", "Staff were unfriendly"),
          t("多次跑腿", "Had to come back several times"),
          t("材料要求不清楚", "Unclear about documents needed"),
        ]),
      ),
      checkAnswers(),
    ],
  },
];
