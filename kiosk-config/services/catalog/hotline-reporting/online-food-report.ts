import { checkAnswers, opt, question, radio, t, text } from "../../model/build";
import type { ServiceInput } from "../../model/schema";
import { anonymousQuestion, outcomePhoneQuestion } from "./shared";

export const onlineFoodReport: ServiceInput = {
  id: "online-food-report",
  catalogRow: 102,
  name: t(
    "网络餐饮食品安全举报（可附照片）",
    "Report a food-safety problem with online food ordering or delivery",
  ),
  aliases: ["外卖举报", "网络订餐", "外卖投诉", "食品安全", "随手拍"],
  category: "hotline-reporting",
  kind: "report",
  identity: "optional",
  needs: [
    t("订单里的商家名称", "The shop's name from your order"),
    t("食品或订单的照片（用本机摄像头拍）", "A photo of the food or the order (taken here)"),
  ],
  steps: [
    question(
      "platform",
      t("在哪个平台下的单？", "Which app did you order from?"),
      radio(
        opt("meituan", "美团", "Meituan"),
        opt("eleme", "饿了么", "Ele.me"),
        opt("other", "其他平台", "Another app"),
      ),
    ),
    question("shopName", t("商家名称", "Name of the shop"), text(30)),
    question(
      "problem",
      t("出了什么问题？", "What was wrong?"),
      text(60, [
        t("食物变质", "Spoiled food"),
        t("吃出异物", "Something foreign in the food"),
        t("吃后不适", "Felt ill after eating"),
        t("无实体店铺", "No real shop behind it"),
        t("包装破损", "Broken packaging"),
      ]),
    ),
    question("orderDate", t("哪天下的单？", "When did you order?"), {
      type: "date",
      minDaysFromToday: -90,
      maxDaysFromToday: 0,
    }),
    question("photos", t("请拍下食品或订单", "Take a photo of the food or the order"), {
      type: "photo",
      maxPhotos: 3,
    }),
    anonymousQuestion(),
    outcomePhoneQuestion(),
    checkAnswers(),
  ],
  offline: "queue",
  print: "submission-receipt",
};
