import type { ServiceDefaults } from "../../model/build";
import { needCard, needPhone } from "../../model/common";

export const civilApp: ServiceDefaults = {
  category: "civil-affairs",
  kind: "application",
  identity: "idcard",
  offline: "queue",
  print: "submission-receipt",
  needs: [needCard, needPhone],
};

export const civilPrint: ServiceDefaults = {
  ...civilApp,
  kind: "print-certificate",
  offline: "online-only",
  print: "certificate",
  needs: [needCard],
};

export const civilQuery: ServiceDefaults = { ...civilPrint, kind: "query", print: "query-printout" };
