import { opt, question, select, t } from "../../model/build";
import { copiesQuestion } from "../../model/common";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const eLicencePrint: ServiceInput = {
  ...queryDefaults("citizen-centre"),
  kind: "print-certificate",
  print: "certificate",
  id: "e-licence-print",
  catalogRow: 96,
  name: t("电子证照打印", "Print electronic licences and certificates"),
  aliases: ["电子证照", "证照打印", "亮证", "电子证件"],
  approvalRule: "e-licence-print",
  steps: [
    question(
      "licence",
      t("打印哪种证照？", "Which licence?"),
      select([
        opt("household-register", "居民户口簿", "Household register"),
        opt("marriage-certificate", "结婚证", "Marriage certificate"),
        opt("driving-licence", "驾驶证", "Driving licence"),
        opt("vehicle-licence", "机动车行驶证", "Vehicle licence"),
        opt("degree", "学位证书", "Degree certificate"),
        opt("business-licence", "营业执照", "Business licence"),
      ]),
    ),
    copiesQuestion(),
  ],
};
