import type { ServiceDefaults } from "../../model/build";
import { needCard } from "../../model/common";

export const centre: ServiceDefaults = {
  category: "citizen-centre",
  kind: "query",
  identity: "idcard",
  offline: "online-only",
  print: "query-printout",
  needs: [needCard],
};
