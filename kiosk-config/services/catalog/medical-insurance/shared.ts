import type { ServiceDefaults } from "../../model/build";
import { needCard, needPhone } from "../../model/common";

export const medQuery: ServiceDefaults = {
  category: "medical-insurance",
  kind: "query",
  identity: "idcard",
  offline: "online-only",
  print: "query-printout",
  needs: [needCard],
};

export const openQuery: ServiceDefaults = { ...medQuery, identity: "none", needs: [] };

export const medApp: ServiceDefaults = {
  category: "medical-insurance",
  kind: "application",
  identity: "idcard",
  offline: "queue",
  print: "submission-receipt",
  needs: [needCard, needPhone],
};
