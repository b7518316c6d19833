import { checkAnswers, opt, question, radio, select, t, text } from "../../model/build";
import { phoneQuestion } from "../../model/common";
import type { ServiceInput } from "../../model/schema";

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
