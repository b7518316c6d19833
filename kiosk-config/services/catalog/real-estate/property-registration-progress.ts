import { question, t } from "../../model/build";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const propertyRegistrationProgress: ServiceInput = {
  ...queryDefaults("real-estate"),
  identity: "optional",
  needs: [t("受理回执上的受理号，或本人身份证", "The number on your receipt, or your ID card")],
  id: "property-registration-progress",
  catalogRow: 44,
  name: t("不动产登记办理进度查询", "Property registration progress"),
  aliases: ["不动产进度", "过户进度", "房产证进度", "办证进度"],
  steps: [
    question(
      "receiptNo",
      t("受理号", "Receipt number"),
      {
        type: "text",
        minLength: 10,
        maxLength: 14,
        pattern: "^[0-9]{10,14}$",
        keyboard: "numeric",
        patternHint: t("受理号是10到14位数字", "10 to 14 digits"),
      },
      { optional: true, hint: t("已刷身份证可跳过", "Skip it if you used your ID card") },
    ),
  ],
};
