/** 户政公安 (rows 46–53 of the draft catalog; newborn registration shares the named example's fields). */
import { END } from "./end";
import { checkAnswers, opt, question, radio, type ServiceDefaults, select, t } from "./build";
import { copiesQuestion, needCard, needPhone, phoneQuestion, purposeQuestion } from "./common";
import { newbornQuestions } from "./newborn";
import { provinceOptions } from "./provinces";
import type { ServiceInput } from "./schema";

const policeApp: ServiceDefaults = {
  category: "household-police",
  kind: "application",
  identity: "idcard",
  offline: "queue",
  print: "submission-receipt",
  needs: [needCard, needPhone],
};

const residenceAddress = () =>
  question("residenceAddress", t("您在福州的居住地址", "Your address in Fuzhou"), {
    type: "fuzhou-address",
    maxLength: 40,
  });

export const householdPoliceServices: ServiceInput[] = [
  {
    category: "household-police",
    kind: "print-certificate",
    identity: "idcard",
    offline: "online-only",
    print: "certificate",
    needs: [needCard],
    id: "household-certificate",
    catalogRow: 46,
    name: t("户籍证明开具", "Household registration certificate"),
    aliases: ["户籍证明", "户口证明", "户口本证明"],
    approvalRule: "household-certificate",
    steps: [
      question(
        "certificateType",
        t("开具哪种证明？", "Which certificate?"),
        radio(
          opt("registration", "户籍信息证明", "Household registration details"),
          opt("moves", "户籍迁移记录证明", "Record of moves"),
          opt("name-change", "曾用名证明", "Former names"),
        ),
      ),
      purposeQuestion(),
      copiesQuestion(),
    ],
  },
  {
    ...policeApp,
    id: "no-criminal-record",
    catalogRow: 47,
    name: t("无犯罪记录证明申请", "Certificate of no criminal record"),
    aliases: ["无犯罪证明", "无犯罪记录", "良民证", "政审"],
    steps: [
      question(
        "usedIn",
        t("证明在哪里使用？", "Where will the certificate be used?"),
        radio(opt("domestic", "国内", "In China"), opt("abroad", "出国（境）", "Abroad")),
      ),
      purposeQuestion(),
      phoneQuestion(t("1–3个工作日内出具，短信通知", "Issued in 1–3 working days; we text you")),
      checkAnswers(),
    ],
  },
  {
    ...policeApp,
    id: "residence-permit-endorsement",
    catalogRow: 48,
    name: t("居住证签注", "Residence permit annual endorsement"),
    aliases: ["居住证签注", "居住证续签", "居住证年审", "居住证"],
    approvalRule: "residence-permit-endorsement",
    steps: [residenceAddress(), phoneQuestion(), checkAnswers()],
  },
  {
    ...policeApp,
    identity: "idcard+photo",
    needs: [needCard, t("在本机拍一张证件照", "A photo taken here"), needPhone],
    id: "residence-permit-application",
    catalogRow: 49,
    name: t("居住证申领", "Apply for a residence permit"),
    aliases: ["居住证", "办居住证", "暂住证"],
    steps: [
      question(
        "basis",
        t("您在福州居住的依据", "Why do you live in Fuzhou?"),
        radio(
          opt("work", "就业", "Work"),
          opt("study", "就读", "Study"),
          opt("residence", "居住（租房或自有住房）", "I rent or own a home here"),
        ),
      ),
      residenceAddress(),
      phoneQuestion(),
      checkAnswers(),
    ],
  },
  {
    ...policeApp,
    id: "hukou-transfer",
    catalogRow: 50,
    name: t("户口迁移（跨省通办）", "Move household registration"),
    aliases: ["户口迁移", "迁户口", "落户", "准迁证", "跨省通办"],
    steps: [
      question(
        "reason",
        t("因为什么迁入福州？", "Why are you moving your registration to Fuzhou?"),
        select([
          opt("family", "投靠亲属", "Joining family"),
          opt("home", "购房落户", "I bought a home"),
          opt("talent", "人才引进", "Talent scheme"),
          opt("graduate", "毕业生落户", "Graduate"),
          opt("other", "其他", "Other"),
        ]),
      ),
      question(
        "fromProvince",
        t("从哪个省份迁出？", "Which province are you moving from?"),
        select(provinceOptions),
      ),
      residenceAddress(),
      phoneQuestion(),
      checkAnswers(),
    ],
  },
  {
    ...policeApp,
    needs: [
      t("父亲或母亲的身份证", "The father's or mother's ID card"),
      t("新生儿的出生医学证明", "The baby's birth medical certificate"),
      needPhone,
    ],
    id: "newborn-hukou-registration",
    catalogRow: 51,
    name: t("新生儿出生登记（落户）", "Register a newborn's household registration"),
    aliases: ["新生儿落户", "出生登记", "报户口", "宝宝落户", "出生一件事"],
    steps: [
      ...newbornQuestions(),
      question(
        "hukouWith",
        t("随谁落户？", "Whose household will the baby join?"),
        radio(opt("father", "随父亲", "The father's"), opt("mother", "随母亲", "The mother's")),
      ),
      phoneQuestion(),
      checkAnswers(),
    ],
  },
  {
    category: "household-police",
    kind: "query",
    identity: "idcard",
    offline: "online-only",
    print: "query-printout",
    needs: [needCard],
    id: "id-card-progress",
    catalogRow: 52,
    name: t("身份证办理进度查询", "ID card application progress"),
    aliases: ["身份证进度", "身份证办好了吗", "身份证领取"],
    steps: [
      question(
        "forWhom",
        t("查询谁的身份证？", "Whose ID card?"),
        radio(opt("self", "本人", "Mine"), opt("child", "未成年子女", "My child's")),
        { routes: [{ when: { field: "forWhom", equals: "self" }, goTo: END }] },
      ),
      question("childIdNumber", t("孩子的身份证号码", "Your child's ID number"), { type: "id-number" }),
    ],
  },
  {
    category: "household-police",
    kind: "query",
    identity: "none",
    offline: "online-only",
    print: "query-printout",
    needs: [],
    id: "police-station-lookup",
    catalogRow: 53,
    name: t("属地派出所查询", "Find the local police station"),
    aliases: ["派出所", "派出所查询", "管辖派出所"],
    steps: [
      question("address", t("您住在哪里？", "Where do you live?"), { type: "fuzhou-address", maxLength: 40 }),
    ],
  },
];
