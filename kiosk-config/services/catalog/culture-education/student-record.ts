import { t } from "../../model/build";
import { forWhomQuestion } from "../../model/common";
import type { ServiceInput } from "../../model/schema";
import { eduQuery, stage } from "./shared";

export const studentRecord: ServiceInput = {
  ...eduQuery,
  id: "student-record",
  catalogRow: 79,
  name: t("学籍档案查询", "Student record archive"),
  aliases: ["学籍", "学籍查询", "学籍档案"],
  steps: [...forWhomQuestion("childIdNumber", "stage"), stage()],
};
