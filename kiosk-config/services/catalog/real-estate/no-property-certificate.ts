import { t } from "../../model/build";
import { copiesQuestion, purposeQuestion } from "../../model/common";
import type { ServiceInput } from "../../model/schema";
import { estatePrint } from "./shared";

export const noPropertyCertificate: ServiceInput = {
  ...estatePrint,
  id: "no-property-certificate",
  wipeOnCardRemoval: true,
  catalogRow: 41,
  name: t("无房产登记证明打印", 'Print "no registered property" result'),
  aliases: ["无房证明", "无房产证明", "房产证明"],
  approvalRule: "no-property-certificate",
  steps: [purposeQuestion(), copiesQuestion()],
};
