import { checkAnswers, opt, question, radio, t } from "../../model/build";
import { phoneQuestion } from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

const cardDelivery = () =>
  question(
    "delivery",
    t("证件怎么领取？", "How will you get the card?"),
    radio(opt("community", "到社区领取", "At my community centre"), opt("mail", "邮寄到家", "By post")),
  );

export const seniorPreferentialCard: ServiceInput = {
  ...applicationDefaults("civil-affairs"),
  id: "senior-preferential-card",
  catalogRow: 72,
  name: t("老年人优待证申领", "Apply for a senior-citizen preferential card"),
  aliases: ["老年证", "优待证", "长者优待证", "敬老证", "老人证"],
  approvalRule: "senior-preferential-card",
  steps: [cardDelivery(), phoneQuestion(), checkAnswers()],
};
