import { queueDepartments } from "../../../catalog/departments";
import { checkAnswers, opt, question, radio, select, t, text, when } from "../../model/build";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const serviceRating: ServiceInput = {
  ...queryDefaults("citizen-centre"),
  kind: "report",
  identity: "optional",
  offline: "queue",
  print: "none",
  needs: [],
  id: "service-rating",
  catalogRow: 98,
  name: t("政务服务“好差评”", 'Rate the service ("good/bad review")'),
  aliases: ["好差评", "评价", "满意度", "服务评价"],
  steps: [
    question(
      "counter",
      t("评价哪个窗口？", "Which counter are you rating?"),
      select(queueDepartments.map((d) => ({ value: d.id, label: d.name }))),
    ),
    question(
      "rating",
      t("您对这次服务满意吗？", "Were you satisfied?"),
      radio(
        opt("very-satisfied", "非常满意", "Very satisfied"),
        opt("satisfied", "满意", "Satisfied"),
        opt("neutral", "基本满意", "Fairly satisfied"),
        opt("dissatisfied", "不满意", "Dissatisfied"),
        opt("very-dissatisfied", "非常不满意", "Very dissatisfied"),
      ),
      {
        routes: [
          when("rating", "very-satisfied", "check"),
          when("rating", "satisfied", "check"),
          when("rating", "neutral", "check"),
        ],
      },
    ),
    question(
      "reason",
      t("哪里不满意？", "What went wrong?"),
      text(60, [
        t("等候时间太长", "Waited too long"),
        t("工作人员态度不好", "Staff were unfriendly"),
        t("多次跑腿", "Had to come back several times"),
        t("材料要求不清楚", "Unclear about documents needed"),
      ]),
    ),
    checkAnswers(),
  ],
};
