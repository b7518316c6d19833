import { queueDepartments } from "../../../catalog/departments";
import { checkAnswers, opt, question, radio, select, t } from "../../model/build";
import type { ServiceInput } from "../../model/schema";

export const queueTicket: ServiceInput = {
  id: "queue-ticket",
  catalogRow: 91,
  name: t("市民服务中心取号", "Take a queue ticket at the citizen service centre"),
  aliases: ["取号", "排队", "排号", "叫号", "拿号", "重新取号"],
  category: "citizen-centre",
  kind: "appointment",
  identity: "optional",
  needs: [t("刷身份证可优先识别预约（可不刷）", "Your ID card, if you booked ahead: it finds your booking (you may skip it)")],
  steps: [
    question(
      "department",
      t("您要去哪个窗口办理？", "Which counter do you need?"),
      select(queueDepartments.map((d) => ({ value: d.id, label: d.name }))),
    ),
    question(
      "priority",
      t("是否需要优先办理？", "Do you need priority service?"),
      radio(
        opt("no", "不需要", "No"),
        opt("senior", "65岁以上老人", "Aged 65 or over"),
        opt("disabled", "残疾人", "Disabled"),
        opt("pregnant", "孕妇", "Pregnant"),
      ),
      { hint: t("工作人员会核实", "Staff will check") },
    ),
    checkAnswers(),
  ],
  offline: "online-only",
  print: "queue-ticket",
};
