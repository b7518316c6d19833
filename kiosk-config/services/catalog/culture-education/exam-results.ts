import { opt, question, select, t } from "../../model/build";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const examResults: ServiceInput = {
  ...queryDefaults("culture-education"),
  id: "exam-results",
  catalogRow: 80,
  name: t("考试成绩查询", "Exam results lookup"),
  aliases: ["成绩查询", "查分", "考试成绩", "计算机等级考试"],
  steps: [
    question(
      "exam",
      t("哪种考试？", "Which exam?"),
      select([
        opt("computer-rank", "全国计算机等级考试", "National computer rank exam"),
        opt("self-study", "高等教育自学考试", "Self-study higher education exam"),
        opt("adult-college", "成人高考", "Adult college entrance exam"),
        opt("zhongkao", "中考", "Senior-school entrance exam"),
      ]),
    ),
    question("candidateNo", t("准考证号", "Candidate number"), {
      type: "text",
      minLength: 6,
      maxLength: 18,
      pattern: "^[0-9]{6,18}$",
      keyboard: "numeric",
      patternHint: t("准考证号是6到18位数字", "6 to 18 digits"),
    }),
  ],
};
