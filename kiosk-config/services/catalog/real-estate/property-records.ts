import { t } from "../../model/build";
import { copiesQuestion, purposeQuestion } from "../../model/common";
import type { ServiceInput } from "../../model/schema";
import { estatePrint } from "./shared";

export const propertyRecords: ServiceInput = {
  ...estatePrint,
  id: "property-records",
  wipeOnCardRemoval: true,
  catalogRow: 40,
  name: t("名下不动产登记信息查询打印", "Print property ownership records"),
  aliases: ["房产证明", "有房证明", "不动产查询", "房产查询", "名下房产"],
  approvalRule: "property-records",
  steps: [purposeQuestion(), copiesQuestion()],
};
