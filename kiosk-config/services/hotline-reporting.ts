import { checkAnswers, opt, question, radio, select, t, text, when } from "./build";
import { phoneQuestion } from "./common";
import { marketReports } from "./market-reports";
import type { ServiceInput } from "./schema";

const cityPhrases = [
  t("噪音扰民", "Noise nuisance"),
  t("路灯不亮", "Street light out"),
  t("道路破损", "Damaged road"),
  t("垃圾未清运", "Rubbish not collected"),
  t("占道经营", "Stalls blocking the street"),
  t("违章停车", "Illegal parking"),
  t("井盖缺失", "Missing manhole cover"),
  t("积水内涝", "Flooding"),
  t("停水停电", "Water or power cut"),
];

export const hotline12345: ServiceInput = {
  id: "hotline-12345",
  catalogRow: 99,
  name: t("12345便民服务热线诉求（咨询/投诉/建议/求助）", "12345 citizen hotline request"),
  aliases: ["12345", "市长热线", "投诉", "建议", "求助", "咨询", "诉求"],
  category: "hotline-reporting",
  kind: "report",
  identity: "idcard",
  needs: [
    t("您的身份证（实名受理）", "Your ID card (requests are taken in your name)"),
    t("问题发生的地点", "Where the problem is"),
  ],
  steps: [
    question(
      "requestType",
      t("您要反映哪类诉求？", "What kind of request is it?"),
      radio(
        opt("enquiry", "咨询", "Enquiry"),
        opt("complaint", "投诉", "Complaint"),
        opt("suggestion", "建议", "Suggestion"),
        opt("help", "求助", "Request for help"),
      ),
    ),
    question(
      "topic",
      t("和什么有关？", "What is it about?"),
      select([
        opt("city-management", "城市管理", "City management"),
        opt("environment", "环境保护", "Environment"),
        opt("traffic", "交通出行", "Traffic"),
        opt("housing", "住房物业", "Housing & property management"),
        opt("utilities", "水电燃气", "Water, power & gas"),
        opt("labour", "劳动就业", "Work & wages"),
        opt("consumer", "消费维权", "Consumer rights"),
        opt("other", "其他", "Other"),
      ]),
    ),
    question("location", t("问题发生在哪里？", "Where is it?"), { type: "fuzhou-address", maxLength: 40 }),
    question("description", t("请简单描述问题", "Describe the problem briefly"), text(60, cityPhrases), {
      hint: t("可先选常用短语，再补充", "Pick a common phrase, then add to it"),
    }),
    question(
      "photos",
      t("需要拍照说明吗？", "Would you like to add a photo?"),
      { type: "photo", maxPhotos: 3 },
      { optional: true, hint: t("可跳过", "You may skip this") },
    ),
    phoneQuestion(t("承办部门会电话联系您", "The department handling it will call you")),
    checkAnswers(),
  ],
  offline: "queue",
  print: "submission-receipt",
};

export const hotline12345Progress: ServiceInput = {
  id: "hotline-12345-progress",
  catalogRow: 100,
  name: t("12345诉求办理进度查询", "Track a 12345 request"),
  aliases: ["12345进度", "诉求进度", "投诉进度", "工单查询"],
  category: "hotline-reporting",
  kind: "query",
  identity: "optional",
  needs: [t("诉求回执上的受理编号", "The tracking number on your receipt")],
  steps: [
    question(
      "trackingNo",
      t("请输入受理编号", "Enter the tracking number"),
      {
        type: "text",
        minLength: 12,
        maxLength: 16,
        pattern: "^[A-Z0-9]{12,16}$",
        keyboard: "alphanumeric",
        patternHint: t("受理编号是12到16位字母或数字", "12 to 16 letters or digits"),
      },
      { hint: t("印在回执上；刷身份证可列出您的全部诉求", "Printed on your receipt") },
    ),
  ],
  offline: "online-only",
  print: "query-printout",
};

const foodPhrases = [
  t("过期食品", "Expired food"),
  t("无证经营", "Operating without a licence"),
  t("卫生条件差", "Poor hygiene"),
  t("食品变质", "Spoiled food"),
  t("餐具不洁", "Dirty tableware"),
  t("假冒伪劣", "Counterfeit goods"),
  t("吃后不适", "Felt ill after eating"),
];

export const foodSafetyReport: ServiceInput = {
  id: "food-safety-report",
  catalogRow: 101,
  name: t("食品安全违法行为举报（随手拍）", "Report a food-safety violation with photos"),
  aliases: ["随手拍", "食品安全", "食安举报", "举报", "过期食品"],
  category: "hotline-reporting",
  kind: "report",
  identity: "optional",
  needs: [
    t("商户名称和地址", "The shop's name and address"),
    t("现场照片或食品照片（用本机摄像头拍）", "A photo of the food or the place (taken here)"),
  ],
  steps: [
    question("problem", t("发现了什么问题？", "What did you find?"), text(60, foodPhrases)),
    question("shopName", t("商户名称", "Name of the shop"), text(30), {
      hint: t("招牌上的名字即可", "The name on the sign is enough"),
    }),
    question("location", t("商户在哪里？", "Where is it?"), { type: "fuzhou-address", maxLength: 40 }),
    question("photos", t("请拍下食品或现场", "Take a photo of the food or the place"), {
      type: "photo",
      maxPhotos: 3,
    }),
    question(
      "anonymous",
      t("是否匿名举报？", "Report anonymously?"),
      radio(
        opt("yes", "匿名", "Anonymously"),
        opt("no", "实名（可领举报奖励）", "In my name (eligible for a reward)"),
      ),
      {
        hint: t(
          "匿名举报凭回执上的领奖码领取奖励",
          "Anonymous reports claim rewards with the code on the receipt",
        ),
        routes: [when("anonymous", "yes", "check")],
      },
    ),
    phoneQuestion(t("用于告知处理结果", "We tell you the outcome")),
    checkAnswers(),
  ],
  offline: "queue",
  print: "submission-receipt",
};

export const hotlineReportingServices: ServiceInput[] = [
  hotline12345,
  hotline12345Progress,
  foodSafetyReport,
  ...marketReports,
];
