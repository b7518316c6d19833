import { type ServiceDefaults, t } from "../../model/build";
import { needCard, needPhone } from "../../model/common";

export const fundQuery: ServiceDefaults = {
  category: "housing-fund",
  kind: "query",
  identity: "idcard",
  offline: "online-only",
  print: "query-printout",
  needs: [needCard],
};

export const fundPrint: ServiceDefaults = { ...fundQuery, kind: "print-certificate", print: "certificate" };

export const fundApp: ServiceDefaults = {
  ...fundQuery,
  kind: "application",
  offline: "queue",
  print: "submission-receipt",
  needs: [needCard, t("本人名下的银行卡", "A bank card in your name"), needPhone],
};
