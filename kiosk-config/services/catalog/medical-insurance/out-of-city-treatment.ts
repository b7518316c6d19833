import { checkAnswers, opt, question, radio, select, t } from "../../model/build";
import { phoneQuestion } from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import { provinceOptions } from "../../model/provinces";
import type { ServiceInput } from "../../model/schema";

export const outOfCityTreatment: ServiceInput = {
  ...applicationDefaults("medical-insurance"),
  id: "out-of-city-treatment",
  catalogRow: 24,
  name: t("异地就医备案", "Register for treatment outside the insured city"),
  aliases: ["异地就医", "异地备案", "跨省就医", "医保备案", "医保"],
  approvalRule: "out-of-city-treatment",
  offline: "online-only",
  steps: [
    question(
      "reason",
      t("因为什么需要异地就医？", "Why will you be treated elsewhere?"),
      radio(
        opt("living-elsewhere", "异地长期居住", "I live there"),
        opt("working-elsewhere", "常驻异地工作", "I work there"),
        opt("referral", "转诊转院", "Referred by a hospital"),
        opt("temporary", "临时外出就医", "A temporary trip"),
      ),
    ),
    question("province", t("去哪个省份就医？", "In which province?"), select(provinceOptions)),
    question("startDate", t("从哪天开始？", "From which day?"), {
      type: "date",
      minDaysFromToday: 0,
      maxDaysFromToday: 90,
    }),
    phoneQuestion(),
    checkAnswers(),
  ],
};
