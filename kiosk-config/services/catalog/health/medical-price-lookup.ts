import { opt, question, radio, t, text } from "../../model/build";
import { openQueryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const medicalPriceLookup: ServiceInput = {
  ...openQueryDefaults("health"),
  id: "medical-price-lookup",
  catalogRow: 90,
  name: t("医疗服务价格公示查询", "Medical-service and drug price lookup"),
  aliases: ["医疗价格", "药价查询", "收费标准", "床位费"],
  steps: [
    question(
      "priceType",
      t("查什么价格？", "Which prices?"),
      radio(
        opt("service", "医疗服务项目", "Medical services"),
        opt("drug", "药品", "Drugs"),
        opt("bed", "床位费", "Bed charges"),
      ),
    ),
    question(
      "keyword",
      t("项目或药品名称", "Name of the service or drug"),
      text(20, [
        t("血常规", "Blood count"),
        t("CT", "CT scan"),
        t("核磁共振", "MRI"),
        t("阿莫西林", "Amoxicillin"),
      ]),
      { optional: true },
    ),
  ],
};
