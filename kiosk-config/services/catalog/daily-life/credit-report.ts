import { opt, question, radio, t } from "../../model/build";
import { consentQuestion } from "../../model/common";
import type { ServiceInput } from "../../model/schema";

export const creditReport: ServiceInput = {
  id: "credit-report",
  wipeOnCardRemoval: true,
  catalogRow: 106,
  name: t("个人信用报告查询打印", "Print a personal credit report"),
  aliases: ["征信", "征信报告", "信用报告", "查征信"],
  category: "daily-life",
  kind: "print-certificate",
  identity: "idcard+face",
  needs: [t("本人身份证，本人到场刷脸", "Your own ID card; you must be here for the face check")],
  steps: [
    question(
      "version",
      t("打印哪种版本？", "Which version?"),
      radio(opt("simple", "简版", "Summary"), opt("detailed", "详版", "Detailed")),
    ),
    consentQuestion(t("我授权查询本人的个人信用报告", "I authorise a check of my own credit report")),
  ],
  offline: "online-only",
  print: "certificate",
  approvalRule: "credit-report",
};
