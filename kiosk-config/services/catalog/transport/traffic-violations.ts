import { question, t } from "../../model/build";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const trafficViolations: ServiceInput = {
  ...queryDefaults("transport"),
  id: "traffic-violations",
  catalogRow: 58,
  name: t("机动车交通违法查询", "Vehicle traffic-violation query"),
  aliases: ["违章查询", "交通违法", "违章", "罚单查询"],
  steps: [
    question(
      "plateNo",
      t("车牌号码", "Number plate"),
      {
        type: "text",
        minLength: 7,
        maxLength: 8,
        pattern: "^[\\u4e00-\\u9fa5][A-Z][A-Z0-9]{5,6}$",
        keyboard: "alphanumeric",
        patternHint: t("例如 闽A12345 或 闽AD12345", "For example 闽A12345"),
      },
      { hint: t("须是登记在您名下的车辆", "A vehicle registered in your name") },
    ),
  ],
};
