import type { ServiceDefaults } from "../../model/build";
import { needCard, needPhone } from "../../model/common";

export const socialQuery: ServiceDefaults = {
  category: "social-insurance",
  kind: "query",
  identity: "idcard",
  needs: [needCard],
  offline: "online-only",
  print: "query-printout",
};

export const socialPrint: ServiceDefaults = {
  category: "social-insurance",
  kind: "print-certificate",
  identity: "idcard",
  needs: [needCard],
  offline: "online-only",
  print: "certificate",
};

export const socialApp: ServiceDefaults = {
  category: "social-insurance",
  kind: "application",
  identity: "idcard",
  offline: "queue",
  print: "submission-receipt",
  needs: [needCard, needPhone],
};
