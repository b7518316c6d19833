import { t } from "../../model/build";
import { copiesQuestion, purposeQuestion } from "../../model/common";
import { certificateDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const marriageRecord: ServiceInput = {
  ...certificateDefaults("civil-affairs"),
  id: "marriage-record",
  catalogRow: 71,
  name: t("婚姻登记档案查询（婚姻状况证明）", "Marriage record / marital-status printout"),
  aliases: ["婚姻状况证明", "婚姻档案", "单身证明", "结婚证明"],
  approvalRule: "marriage-record",
  steps: [purposeQuestion(), copiesQuestion()],
};
