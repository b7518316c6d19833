import { checkAnswers, opt, question, select, t } from "../../model/build";
import {
  appointmentDateQuestion,
  needCard,
  needPhone,
  phoneQuestion,
  timeSlotQuestion,
} from "../../model/common";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";
import { hospitals } from "./shared";

export const hospitalAppointment: ServiceInput = {
  ...queryDefaults("health"),
  kind: "appointment",
  print: "submission-receipt",
  needs: [needCard, needPhone],
  id: "hospital-appointment",
  catalogRow: 85,
  name: t("医院预约挂号", "Book a hospital appointment"),
  aliases: ["挂号", "预约挂号", "看病", "门诊预约"],
  steps: [
    question("hospital", t("哪家医院？", "Which hospital?"), select(hospitals)),
    question(
      "department",
      t("看哪个科？", "Which department?"),
      select([
        opt("internal", "内科", "Internal medicine"),
        opt("surgery", "外科", "Surgery"),
        opt("paediatrics", "儿科", "Paediatrics"),
        opt("gynaecology", "妇产科", "Obstetrics & gynaecology"),
        opt("ent", "耳鼻喉科", "ENT"),
        opt("ophthalmology", "眼科", "Eyes"),
        opt("dental", "口腔科", "Dental"),
        opt("dermatology", "皮肤科", "Skin"),
        opt("tcm", "中医科", "Traditional Chinese medicine"),
      ]),
    ),
    appointmentDateQuestion(),
    timeSlotQuestion(),
    phoneQuestion(),
    checkAnswers(),
  ],
};
