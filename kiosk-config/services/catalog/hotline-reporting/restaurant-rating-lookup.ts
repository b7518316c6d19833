import { question, select, t, text } from "../../model/build";
import { fuzhouDistricts } from "../../model/districts";
import type { ServiceInput } from "../../model/schema";

export const restaurantRatingLookup: ServiceInput = {
  id: "restaurant-rating-lookup",
  catalogRow: 104,
  name: t("餐饮企业食品安全等级（脸谱）查询", "Restaurant food-safety rating lookup"),
  aliases: ["餐饮脸谱", "笑脸", "食品安全等级", "餐厅评级"],
  category: "hotline-reporting",
  kind: "query",
  identity: "none",
  needs: [],
  steps: [
    question(
      "district",
      t("餐厅在哪个区县？", "In which district is the restaurant?"),
      select(fuzhouDistricts),
    ),
    question("restaurantName", t("餐厅名称", "Name of the restaurant"), text(20)),
  ],
  offline: "online-only",
  print: "query-printout",
};
