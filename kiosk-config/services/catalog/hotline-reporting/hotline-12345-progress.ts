import { question, t } from "../../model/build";
import type { ServiceInput } from "../../model/schema";

export const hotline12345Progress: ServiceInput = {
  id: "hotline-12345-progress",
  catalogRow: 100,
  name: t("12345诉求办理进度查询", "Track a 12345 request"),
  aliases: ["12345进度", "诉求进度", "投诉进度", "工单查询"],
  category: "hotline-reporting",
  kind: "query",
  identity: "optional",
  needs: [t("诉求回执上的受理编号", "The tracking number on your receipt")],
  steps: [
    question(
      "trackingNo",
      t("请输入受理编号", "Enter the tracking number"),
      {
        type: "text",
        minLength: 12,
        maxLength: 16,
        pattern: "^[A-Z0-9]{12,16}$",
        keyboard: "alphanumeric",
        patternHint: t("受理编号是12到16位字母或数字", "12 to 16 letters or digits"),
      },
      { hint: t("印在回执上；刷身份证可列出您的全部诉求", "Printed on your receipt") },
    ),
  ],
  offline: "online-only",
  print: "query-printout",
};
