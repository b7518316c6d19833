import { opt, question, radio, t } from "../../model/build";
import { copiesQuestion, needCard, purposeQuestion } from "../../model/common";
import type { ServiceInput } from "../../model/schema";

export const householdCertificate: ServiceInput = {
  category: "household-police",
  kind: "print-certificate",
  identity: "idcard",
  offline: "online-only",
  print: "certificate",
  needs: [needCard],
  id: "household-certificate",
  catalogRow: 46,
  name: t("户籍证明开具", "Household registration certificate"),
  aliases: ["户籍证明", "户口证明", "户口本证明"],
  approvalRule: "household-certificate",
  steps: [
    question(
      "certificateType",
      t("开具哪种证明？", "Which certificate?"),
      radio(
        opt("registration", "户籍信息证明", "Household registration details"),
        opt("moves", "户籍迁移记录证明", "Record of moves"),
        opt("name-change", "曾用名证明", "Former names"),
      ),
    ),
    purposeQuestion(),
    copiesQuestion(),
  ],
};
