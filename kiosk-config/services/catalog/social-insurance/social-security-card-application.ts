import { checkAnswers, opt, question, radio, t, when } from "../../model/build";
import { districtQuestion, needCard, needPhone, phoneQuestion } from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const socialSecurityCardApplication: ServiceInput = {
  ...applicationDefaults("social-insurance"),
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
};
