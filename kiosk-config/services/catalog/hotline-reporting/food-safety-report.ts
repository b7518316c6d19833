import { checkAnswers, question, t, text } from "../../model/build";
import type { ServiceInput } from "../../model/schema";
import { anonymousQuestion, outcomePhoneQuestion } from "./shared";

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
    anonymousQuestion(
      t("匿名举报凭回执上的领奖码领取奖励", "Anonymous reports claim rewards with the code on the receipt"),
    ),
    outcomePhoneQuestion(),
    checkAnswers(),
  ],
  offline: "queue",
  print: "submission-receipt",
};
