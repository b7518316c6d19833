import { t } from "../../model/build";
import { copiesQuestion, needCard } from "../../model/common";
import type { ServiceInput } from "../../model/schema";
import { certificateNo, estatePrint } from "./shared";

export const propertyArchive: ServiceInput = {
  ...estatePrint,
  identity: "idcard",
  needs: [needCard, t("不动产权证书号", "The property certificate number")],
  id: "property-archive",
  catalogRow: 42,
  name: t("房产档案信息打印", "Print property archive record"),
  aliases: ["房产档案", "房屋档案", "不动产档案"],
  approvalRule: "property-archive",
  steps: [certificateNo(), copiesQuestion()],
};
