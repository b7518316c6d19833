import { checkAnswers, opt, question, radio, t } from "../../model/build";
import { needCard, needPhone, phoneQuestion } from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";
import { residenceAddress } from "./shared";

export const residencePermitApplication: ServiceInput = {
  ...applicationDefaults("household-police"),
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
};
