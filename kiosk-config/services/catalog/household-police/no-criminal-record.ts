import { checkAnswers, opt, question, radio, t } from "../../model/build";
import { phoneQuestion, purposeQuestion } from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const noCriminalRecord: ServiceInput = {
  ...applicationDefaults("household-police"),
  id: "no-criminal-record",
  catalogRow: 47,
  name: t("无犯罪记录证明申请", "Certificate of no criminal record"),
  aliases: ["无犯罪证明", "无犯罪记录", "良民证", "政审"],
  steps: [
    question(
      "usedIn",
      t("证明在哪里使用？", "Where will the certificate be used?"),
      radio(opt("domestic", "国内", "In China"), opt("abroad", "出国（境）", "Abroad")),
    ),
    purposeQuestion(),
    phoneQuestion(t("1–3个工作日内出具，短信通知", "Issued in 1–3 working days; we text you")),
    checkAnswers(),
  ],
};
