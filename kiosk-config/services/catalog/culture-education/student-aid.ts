import { t } from "../../model/build";
import { forWhomQuestion } from "../../model/common";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";
import { stage } from "./shared";

export const studentAid: ServiceInput = {
  ...queryDefaults("culture-education"),
  id: "student-aid",
  catalogRow: 81,
  name: t("学生资助查询", "Student financial-aid lookup"),
  aliases: ["助学金", "学生资助", "奖学金", "助学贷款"],
  steps: [...forWhomQuestion("childIdNumber", "stage"), stage()],
};
