import { t } from "../../model/build";
import { forWhomQuestion } from "../../model/common";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";
import { stage } from "./shared";

export const studentRecord: ServiceInput = {
  ...queryDefaults("culture-education"),
  id: "student-record",
  catalogRow: 79,
  name: t("学籍档案查询", "Student record archive"),
  aliases: ["学籍", "学籍查询", "学籍档案"],
  steps: [...forWhomQuestion("childIdNumber", "stage"), stage()],
};
