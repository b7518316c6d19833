import { checkAnswers, opt, question, radio, t } from "../../model/build";
import { needCard, phoneQuestion } from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const socialSecurityCardLoss: ServiceInput = {
  ...applicationDefaults("social-insurance"),
  id: "social-security-card-loss",
  catalogRow: 12,
  name: t("社保卡临时挂失", "Temporary loss report for a social security card"),
  aliases: ["社保卡挂失", "挂失", "社保卡丢了"],
  approvalRule: "social-security-card-loss",
  offline: "online-only",
  needs: [needCard],
  steps: [
    question(
      "cardSituation",
      t("社保卡怎么了？", "What happened to the card?"),
      radio(
        opt("lost", "丢失", "Lost"),
        opt("stolen", "被盗", "Stolen"),
        opt("unsure", "暂时找不到", "Cannot find it"),
      ),
      {
        hint: t("临时挂失5天内有效，找回后可解挂", "A temporary report lasts 5 days and can be cancelled"),
      },
    ),
    phoneQuestion(),
    checkAnswers(),
  ],
};
