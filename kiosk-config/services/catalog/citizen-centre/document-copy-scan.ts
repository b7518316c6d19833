import { checkAnswers, device, opt, question, radio, select, t, when } from "../../model/build";
import { copiesQuestion, needCard } from "../../model/common";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const documentCopyScan: ServiceInput = {
  ...queryDefaults("citizen-centre"),
  kind: "application",
  print: "none",
  needs: [needCard, t("要复印或扫描的材料", "The documents to copy or scan")],
  id: "document-copy-scan",
  catalogRow: 95,
  name: t("申请材料复印/扫描", "Copy or scan supporting documents"),
  aliases: ["复印", "扫描", "材料复印", "身份证复印"],
  steps: [
    question(
      "action",
      t("复印还是扫描？", "Copy or scan?"),
      radio(
        opt("copy", "复印（打印出来）", "Copy (print it)"),
        opt("scan", "扫描存入我的办事材料库", "Scan into my document store"),
      ),
    ),
    question(
      "documentType",
      t("是什么材料？", "What is the document?"),
      select([
        opt("household-register", "户口簿", "Household register"),
        opt("marriage-certificate", "结婚证", "Marriage certificate"),
        opt("property-certificate", "不动产权证书", "Property certificate"),
        opt("diploma", "学历证书", "Diploma"),
        opt("other", "其他材料", "Other"),
      ]),
    ),
    device(
      "scan",
      "document-scanner",
      t("请把材料正面朝下放在扫描区", "Place the document face down on the scanner"),
      // A scan goes into the resident's document store: there are no copies to count.
      { routes: [when("action", "scan", "check")] },
    ),
    copiesQuestion(),
    checkAnswers(),
  ],
};
