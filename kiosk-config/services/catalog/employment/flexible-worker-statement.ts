import { t } from "../../model/build";
import { copiesQuestion, needCard, periodQuestion } from "../../model/common";
import type { ServiceInput } from "../../model/schema";

export const flexibleWorkerStatement: ServiceInput = {
  category: "employment",
  kind: "print-certificate",
  identity: "idcard",
  offline: "online-only",
  print: "certificate",
  needs: [needCard],
  id: "flexible-worker-statement",
  catalogRow: 18,
  name: t("灵活就业人员缴费对账单打印", "Print flexible-worker contribution statement"),
  aliases: ["灵活就业对账单", "对账单", "缴费对账单", "灵活就业"],
  approvalRule: "flexible-worker-statement",
  steps: [periodQuestion(), copiesQuestion()],
};
