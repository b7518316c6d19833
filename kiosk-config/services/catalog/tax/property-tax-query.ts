import { opt, question, radio, t } from "../../model/build";
import { needCard } from "../../model/common";
import type { ServiceInput } from "../../model/schema";

export const propertyTaxQuery: ServiceInput = {
  category: "tax",
  kind: "query",
  identity: "idcard",
  offline: "online-only",
  print: "query-printout",
  needs: [needCard],
  id: "property-tax-query",
  catalogRow: 69,
  name: t("房产税信息查询", "Property-tax query"),
  aliases: ["房产税", "房屋税", "税务查询"],
  steps: [
    question(
      "year",
      t("查询哪一年？", "Which year?"),
      radio(opt("this-year", "今年", "This year"), opt("last-year", "去年", "Last year")),
    ),
  ],
};
