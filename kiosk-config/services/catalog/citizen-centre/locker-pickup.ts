import { checkAnswers, question, t } from "../../model/build";
import { needCard } from "../../model/common";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const lockerPickup: ServiceInput = {
  ...queryDefaults("citizen-centre"),
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
};
