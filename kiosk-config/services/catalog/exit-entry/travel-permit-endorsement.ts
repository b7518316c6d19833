import { checkAnswers, device, opt, question, radio, t } from "../../model/build";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const travelPermitEndorsement: ServiceInput = {
  ...queryDefaults("exit-entry"),
  kind: "application",
  identity: "idcard+face",
  print: "submission-receipt",
  needs: [
    t("本人身份证和往来港澳/台湾通行证，本人到场", "Your ID card and travel permit; you must be here"),
    t("签注费（扫码支付）", "The endorsement fee (pay by QR code)"),
  ],
  id: "travel-permit-endorsement",
  catalogRow: 55,
  name: t("往来港澳/台湾通行证自助签注", "Self-service endorsement for HK/Macau/Taiwan travel permits"),
  aliases: ["港澳签注", "台湾签注", "自助签注", "港澳通行证", "再签注"],
  approvalRule: "travel-permit-endorsement",
  steps: [
    question(
      "destination",
      t("去哪里？", "Where are you going?"),
      radio(
        opt("hong-kong", "香港", "Hong Kong"),
        opt("macau", "澳门", "Macau"),
        opt("taiwan", "台湾", "Taiwan"),
      ),
    ),
    question(
      "endorsementType",
      t("签注种类", "Type of endorsement"),
      radio(
        opt("individual-once", "个人旅游一次有效", "Individual tourism, one trip"),
        opt("individual-twice", "个人旅游二次有效", "Individual tourism, two trips"),
        opt("group", "团队旅游", "Group tourism"),
        opt("family", "探亲", "Visiting family"),
        opt("business", "商务", "Business"),
      ),
    ),
    device("fingerprint", "fingerprint", t("请按压指纹", "Place your finger on the reader")),
    checkAnswers(),
  ],
};
