import { checkAnswers, opt, question, radio, t, when } from "../../model/build";
import { needCard, needPhone, phoneQuestion } from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const drivingLicenceRenewal: ServiceInput = {
  ...applicationDefaults("transport"),
  identity: "idcard+photo",
  needs: [needCard, t("在本机拍一张证件照", "A photo taken here"), needPhone],
  id: "driving-licence-renewal",
  catalogRow: 61,
  name: t("驾驶证期满换证/补证", "Renew or replace a driving licence"),
  aliases: ["驾照换证", "驾驶证换证", "驾照补办", "驾照到期", "驾照"],
  approvalRule: "driving-licence-renewal",
  steps: [
    question(
      "reason",
      t("办理原因", "Why?"),
      radio(
        opt("expiry", "有效期满换证", "It expires"),
        opt("lost", "遗失补证", "It was lost"),
        opt("damaged", "损毁换证", "It is damaged"),
      ),
    ),
    question("healthDeclaration", t("身体条件申告", "Health declaration"), {
      type: "consent",
      statement: t("我承诺没有妨碍安全驾驶的疾病", "I declare I have no condition that makes driving unsafe"),
    }),
    question(
      "delivery",
      t("新驾驶证怎么领取？", "How will you get the new licence?"),
      radio(
        opt("mail", "邮寄到家", "By post"),
        opt("collect", "到车管所领取", "Collect at the vehicle office"),
      ),
      { routes: [when("delivery", "collect", "phone")] },
    ),
    question("address", t("邮寄地址", "Postal address"), { type: "fuzhou-address", maxLength: 40 }),
    phoneQuestion(),
    checkAnswers(),
  ],
};
