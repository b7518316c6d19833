import { checkAnswers, opt, question, select, t } from "../../model/build";
import { phoneQuestion } from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import { provinceOptions } from "../../model/provinces";
import type { ServiceInput } from "../../model/schema";
import { residenceAddress } from "./shared";

export const hukouTransfer: ServiceInput = {
  ...applicationDefaults("household-police"),
  id: "hukou-transfer",
  catalogRow: 50,
  name: t("户口迁移（跨省通办）", "Move household registration"),
  aliases: ["户口迁移", "迁户口", "落户", "准迁证", "跨省通办"],
  steps: [
    question(
      "reason",
      t("因为什么迁入福州？", "Why are you moving your registration to Fuzhou?"),
      select([
        opt("family", "投靠亲属", "Joining family"),
        opt("home", "购房落户", "I bought a home"),
        opt("talent", "人才引进", "Talent scheme"),
        opt("graduate", "毕业生落户", "Graduate"),
        opt("other", "其他", "Other"),
      ]),
    ),
    question(
      "fromProvince",
      t("从哪个省份迁出？", "Which province are you moving from?"),
      select(provinceOptions),
    ),
    residenceAddress(),
    phoneQuestion(),
    checkAnswers(),
  ],
};
