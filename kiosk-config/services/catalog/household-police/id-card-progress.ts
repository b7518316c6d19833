import { opt, question, radio, t } from "../../model/build";
import { needCard } from "../../model/common";
import { END } from "../../model/end";
import type { ServiceInput } from "../../model/schema";

export const idCardProgress: ServiceInput = {
  category: "household-police",
  kind: "query",
  identity: "idcard",
  offline: "online-only",
  print: "query-printout",
  needs: [needCard],
  id: "id-card-progress",
  catalogRow: 52,
  name: t("身份证办理进度查询", "ID card application progress"),
  aliases: ["身份证进度", "身份证办好了吗", "身份证领取"],
  steps: [
    question(
      "forWhom",
      t("查询谁的身份证？", "Whose ID card?"),
      radio(opt("self", "本人", "Mine"), opt("child", "未成年子女", "My child's")),
      { routes: [{ when: { field: "forWhom", equals: "self" }, goTo: END }] },
    ),
    question("childIdNumber", t("孩子的身份证号码", "Your child's ID number"), { type: "id-number" }),
  ],
};
