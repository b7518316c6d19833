import { checkAnswers, opt, question, radio, t, when } from "../../model/build";
import { phoneQuestion } from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const seniorTransitCard: ServiceInput = {
  ...applicationDefaults("transport"),
  id: "senior-transit-card",
  catalogRow: 64,
  name: t("老年人优待乘车卡申领", "Apply for a seniors' free-transit card"),
  aliases: ["老年卡", "敬老卡", "老人公交卡", "长者卡", "免费乘车"],
  approvalRule: "senior-transit-card",
  steps: [
    question(
      "delivery",
      t("卡片怎么领取？", "How will you get the card?"),
      radio(opt("outlet", "到服务网点领取", "At a service outlet"), opt("mail", "邮寄到家", "By post")),
      { routes: [when("delivery", "outlet", "phone")] },
    ),
    question("address", t("邮寄地址", "Postal address"), { type: "fuzhou-address", maxLength: 40 }),
    phoneQuestion(),
    checkAnswers(),
  ],
};
