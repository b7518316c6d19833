import { queueDepartments } from "../../../catalog/departments";
import { checkAnswers, question, select, t } from "../../model/build";
import {
  appointmentDateQuestion,
  needCard,
  needPhone,
  phoneQuestion,
  timeSlotQuestion,
} from "../../model/common";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const counterAppointment: ServiceInput = {
  ...queryDefaults("citizen-centre"),
  kind: "appointment",
  print: "submission-receipt",
  needs: [needCard, needPhone],
  id: "counter-appointment",
  catalogRow: 92,
  name: t("办事预约", "Book a counter appointment"),
  aliases: ["预约", "窗口预约", "办事预约", "预约办事"],
  steps: [
    question(
      "department",
      t("预约哪个窗口？", "Which counter?"),
      select(queueDepartments.map((d) => ({ value: d.id, label: d.name }))),
    ),
    appointmentDateQuestion(),
    timeSlotQuestion(),
    phoneQuestion(),
    checkAnswers(),
  ],
};
