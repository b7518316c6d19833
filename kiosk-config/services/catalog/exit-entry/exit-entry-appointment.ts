import { checkAnswers, opt, question, radio, t } from "../../model/build";
import {
  appointmentDateQuestion,
  needCard,
  needPhone,
  phoneQuestion,
  timeSlotQuestion,
} from "../../model/common";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";
import { documentType } from "./shared";

export const exitEntryAppointment: ServiceInput = {
  ...queryDefaults("exit-entry"),
  kind: "appointment",
  print: "submission-receipt",
  needs: [needCard, needPhone],
  id: "exit-entry-appointment",
  catalogRow: 56,
  name: t("出入境证件办理预约", "Book an exit-entry document appointment"),
  aliases: ["护照预约", "港澳通行证预约", "出入境预约", "办护照"],
  steps: [
    documentType(),
    question(
      "applicationType",
      t("办理类型", "What do you need?"),
      radio(
        opt("first", "首次申请", "First application"),
        opt("renewal", "到期换发", "Renewal"),
        opt("replacement", "遗失补发", "Replacement"),
      ),
    ),
    appointmentDateQuestion(),
    timeSlotQuestion(),
    phoneQuestion(),
    checkAnswers(),
  ],
};
