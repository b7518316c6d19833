import type { ServiceDefaults } from "../../model/build";
import { needCard, needPhone } from "../../model/common";

export const transportQuery: ServiceDefaults = {
  category: "transport",
  kind: "query",
  identity: "idcard",
  offline: "online-only",
  print: "query-printout",
  needs: [needCard],
};

export const openQuery: ServiceDefaults = { ...transportQuery, identity: "none", needs: [] };

export const transportApp: ServiceDefaults = {
  ...transportQuery,
  kind: "application",
  offline: "queue",
  print: "submission-receipt",
  needs: [needCard, needPhone],
};
