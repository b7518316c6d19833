import { checkAnswers, opt, question, radio, t } from "../../model/build";
import { phoneQuestion } from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const libraryCard: ServiceInput = {
  ...applicationDefaults("culture-education"),
  id: "library-card",
  catalogRow: 82,
  name: t("图书馆读者证办理", "Public library card registration"),
  aliases: ["读者证", "借书证", "图书馆", "办借书证"],
  approvalRule: "library-card",
  steps: [
    question(
      "library",
      t("在哪个图书馆使用？", "Which library?"),
      radio(
        opt("fuzhou-library", "福州市图书馆", "Fuzhou Library"),
        opt("district-library", "所在区县图书馆", "My district library"),
      ),
    ),
    question(
      "cardType",
      t("读者证类型", "Type of card"),
      radio(opt("adult", "成人证", "Adult"), opt("child", "少儿证（为孩子办）", "Children's card")),
    ),
    phoneQuestion(),
    checkAnswers(),
  ],
};
