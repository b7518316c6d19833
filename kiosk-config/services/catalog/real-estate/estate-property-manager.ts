import { question, select, t, text } from "../../model/build";
import { queryDefaults } from "../../model/defaults";
import { fuzhouDistricts } from "../../model/districts";
import type { ServiceInput } from "../../model/schema";

export const estatePropertyManager: ServiceInput = {
  ...queryDefaults("real-estate"),
  identity: "none",
  needs: [],
  id: "estate-property-manager",
  catalogRow: 45,
  name: t("小区与物业企业信息查询", "Residential estate and property-manager info"),
  aliases: ["物业查询", "小区查询", "物业公司"],
  steps: [
    question("district", t("小区在哪个区县？", "In which district is the estate?"), select(fuzhouDistricts)),
    question("estateName", t("小区名称", "Name of the estate"), text(20)),
  ],
};
