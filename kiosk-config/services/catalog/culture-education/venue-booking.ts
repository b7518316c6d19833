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

export const venueBooking: ServiceInput = {
  ...queryDefaults("culture-education"),
  kind: "appointment",
  print: "submission-receipt",
  needs: [needCard, needPhone],
  id: "venue-booking",
  catalogRow: 83,
  name: t("文体场馆/活动预约", "Book cultural and sports venues or events"),
  aliases: ["场馆预约", "体育馆", "博物馆预约", "活动报名", "游泳馆"],
  steps: [
    question(
      "venue",
      t("预约哪里？", "Which venue?"),
      select([
        opt("fujian-museum", "福建博物院", "Fujian Museum"),
        opt("strait-culture-centre", "海峡文化艺术中心", "Strait Culture and Art Centre"),
        opt("olympic-centre", "海峡奥体中心", "Strait Olympic Sports Centre"),
        opt("library-lecture", "福州市图书馆讲座", "Fuzhou Library lectures"),
        opt("community-gym", "社区体育馆", "Community sports hall"),
      ]),
    ),
    appointmentDateQuestion(),
    timeSlotQuestion(),
    question("visitors", t("几个人？", "How many people?"), {
      type: "number",
      min: 1,
      max: 5,
      unit: t("人", "people"),
    }),
    phoneQuestion(),
    checkAnswers(),
  ],
};
