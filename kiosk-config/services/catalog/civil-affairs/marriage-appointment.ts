import { checkAnswers, opt, question, radio, t } from "../../model/build";
import {
  appointmentDateQuestion,
  districtQuestion,
  needPhone,
  phoneQuestion,
  timeSlotQuestion,
} from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const marriageAppointment: ServiceInput = {
  ...applicationDefaults("civil-affairs"),
  kind: "appointment",
  offline: "online-only",
  needs: [t("双方的身份证和户口簿", "Both partners' ID cards and household registers"), needPhone],
  id: "marriage-appointment",
  catalogRow: 70,
  name: t("婚姻登记预约", "Book a marriage registration"),
  aliases: ["结婚登记", "领证预约", "婚姻预约", "离婚登记", "结婚"],
  steps: [
    question(
      "registrationType",
      t("办理什么登记？", "Which registration?"),
      radio(
        opt("marriage", "结婚登记", "Marriage"),
        opt("divorce", "离婚登记", "Divorce"),
        opt("reissue", "补领婚姻登记证", "Replacement certificate"),
      ),
    ),
    question("partnerIdNumber", t("另一方的身份证号码", "The other partner's ID number"), {
      type: "id-number",
    }),
    districtQuestion("office", t("在哪个区的婚姻登记处？", "At which district's registry?")),
    appointmentDateQuestion(),
    timeSlotQuestion(),
    phoneQuestion(),
    checkAnswers(),
  ],
};
