import { checkAnswers, opt, question, select, t } from "../../model/build";
import { districtQuestion, phoneQuestion } from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";
import { leavingReason } from "./shared";

export const unemploymentRegistration: ServiceInput = {
  ...applicationDefaults("employment"),
  id: "unemployment-registration",
  catalogRow: 15,
  name: t("失业登记", "Unemployment registration"),
  aliases: ["失业", "失业登记", "找工作", "就业登记"],
  approvalRule: "unemployment-registration",
  steps: [
    leavingReason(),
    question(
      "jobWanted",
      t("想找什么样的工作？", "What kind of work are you looking for?"),
      select(
        [
          opt("manufacturing", "制造加工", "Manufacturing"),
          opt("services", "商业服务", "Retail & services"),
          opt("office", "办公文员", "Office work"),
          opt("logistics", "运输物流", "Transport & logistics"),
          opt("construction", "建筑装修", "Construction"),
          opt("it", "信息技术", "IT"),
          opt("care", "家政护理", "Domestic & care work"),
        ],
        true,
      ),
    ),
    districtQuestion("seekingDistrict", t("希望在哪个区工作？", "Where would you like to work?")),
    phoneQuestion(t("就业服务机构会联系您推荐岗位", "The job centre will call you with vacancies")),
    checkAnswers(),
  ],
};
