import { opt, question, radio, t, when } from "../../model/build";
import { queryDefaults } from "../../model/defaults";
import { END } from "../../model/end";
import type { ServiceInput } from "../../model/schema";

export const applicationProgress: ServiceInput = {
  ...queryDefaults("citizen-centre"),
  identity: "optional",
  needs: [t("本人身份证，或回执上的办件编号", "Your ID card, or the reference number on your receipt")],
  id: "application-progress",
  catalogRow: 93,
  name: t("办件进度查询", "Track application progress (all departments)"),
  aliases: ["办件查询", "进度查询", "办理进度", "办好了吗"],
  steps: [
    question(
      "lookupBy",
      t("怎么查？", "How would you like to look it up?"),
      radio(
        opt("idcard", "查我名下全部办件", "All my applications (ID card)"),
        opt("reference", "输入办件编号", "By reference number"),
      ),
      { routes: [when("lookupBy", "idcard", END)] },
    ),
    question("referenceNo", t("办件编号", "Reference number"), {
      type: "text",
      minLength: 8,
      maxLength: 20,
      pattern: "^[A-Z0-9-]{8,20}$",
      keyboard: "alphanumeric",
      patternHint: t("办件编号是8到20位字母或数字", "8 to 20 letters or digits"),
    }),
  ],
};
