import { opt, question, radio, t, text, when } from "../../model/build";
import { copiesQuestion, needCard } from "../../model/common";
import type { ServiceInput } from "../../model/schema";

export const idCardCopy: ServiceInput = {
  id: "id-card-copy",
  catalogRow: 107,
  name: t("身份证复印件自助打印", "Print a copy of the ID card"),
  aliases: ["身份证复印", "复印身份证", "身份证复印件"],
  category: "daily-life",
  kind: "print-certificate",
  identity: "idcard",
  needs: [needCard],
  steps: [
    question(
      "watermark",
      t("复印件上加注用途吗？", "Add a note of what the copy is for?"),
      radio(opt("none", "不加注", "No"), opt("only-for", "加注“仅供…使用”", 'Yes: "only for …"')),
      {
        routes: [when("watermark", "none", "copies")],
        hint: t("加注可防止复印件被挪用", "A note stops the copy being misused"),
      },
    ),
    question(
      "usedFor",
      t("仅供什么用途？", "Only for what?"),
      text(12, [
        t("办理社保", "Social insurance"),
        t("银行开户", "Opening a bank account"),
        t("入职", "Starting a job"),
      ]),
    ),
    copiesQuestion(),
  ],
  offline: "queue",
  print: "certificate",
  wipeOnCardRemoval: true,
};
