import { opt, question, radio, t, text, when } from "../../model/build";
import { END } from "../../model/end";
import type { ServiceInput } from "../../model/schema";

export const companyLookup: ServiceInput = {
  id: "company-lookup",
  catalogRow: 108,
  name: t("企业名称/登记状态查询", "Company name or registration status lookup"),
  aliases: ["企业查询", "公司查询", "营业执照查询", "工商查询"],
  category: "daily-life",
  kind: "query",
  identity: "none",
  needs: [],
  steps: [
    question(
      "queryBy",
      t("怎么查？", "Search by"),
      radio(
        opt("name", "企业名称", "Company name"),
        opt("credit-code", "统一社会信用代码", "Unified social credit code"),
      ),
      { routes: [when("queryBy", "credit-code", "creditCode")] },
    ),
    question("companyName", t("企业名称", "Company name"), text(30), { next: END }),
    question("creditCode", t("统一社会信用代码", "Unified social credit code"), {
      type: "text",
      minLength: 18,
      maxLength: 18,
      pattern: "^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$",
      keyboard: "alphanumeric",
      patternHint: t("统一社会信用代码是18位数字或字母", "18 digits or letters"),
    }),
  ],
  offline: "online-only",
  print: "query-printout",
};
