import { checkAnswers, opt, question, radio, t } from "../../model/build";
import {
  appointmentDateQuestion,
  districtQuestion,
  needCard,
  needPhone,
  phoneQuestion,
  timeSlotQuestion,
} from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const ebikeRegistrationAppointment: ServiceInput = {
  ...applicationDefaults("transport"),
  kind: "appointment",
  offline: "online-only",
  needs: [needCard, t("购车发票和合格证", "The purchase invoice and certificate of conformity"), needPhone],
  id: "ebike-registration-appointment",
  catalogRow: 62,
  name: t("电动自行车登记预约", "E-bike registration appointment"),
  aliases: ["电动车上牌", "电动车预约", "电动车登记", "上牌"],
  steps: [
    question(
      "purchase",
      t("车辆来源", "Where is the e-bike from?"),
      radio(opt("new", "新购车辆", "Bought new"), opt("used", "二手转让", "Second hand")),
    ),
    districtQuestion("station", t("在哪个区的登记点办理？", "At which district's registration point?")),
    appointmentDateQuestion(),
    timeSlotQuestion(),
    phoneQuestion(),
    checkAnswers(),
  ],
};
