import { opt, question, radio, t } from "../../model/build";
import { copiesQuestion, purposeQuestion } from "../../model/common";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const exitEntryRecords: ServiceInput = {
  ...queryDefaults("exit-entry"),
  kind: "print-certificate",
  print: "certificate",
  id: "exit-entry-records",
  catalogRow: 54,
  name: t("出入境记录查询打印", "Print exit-entry records"),
  aliases: ["出入境记录", "出境记录", "入境记录", "出国记录"],
  approvalRule: "exit-entry-records",
  steps: [
    question(
      "years",
      t("打印多长时间内的记录？", "Records from how far back?"),
      radio(
        opt("1", "近1年", "Last year"),
        opt("3", "近3年", "Last 3 years"),
        opt("5", "近5年", "Last 5 years"),
        opt("all", "全部", "All"),
      ),
    ),
    purposeQuestion(),
    copiesQuestion(),
  ],
};
