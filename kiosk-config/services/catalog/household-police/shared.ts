import { question, type ServiceDefaults, t } from "../../model/build";
import { needCard, needPhone } from "../../model/common";

export const policeApp: ServiceDefaults = {
  category: "household-police",
  kind: "application",
  identity: "idcard",
  offline: "queue",
  print: "submission-receipt",
  needs: [needCard, needPhone],
};

export const residenceAddress = () =>
  question("residenceAddress", t("您在福州的居住地址", "Your address in Fuzhou"), {
    type: "fuzhou-address",
    maxLength: 40,
  });
