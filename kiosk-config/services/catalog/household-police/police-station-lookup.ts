import { question, t } from "../../model/build";
import type { ServiceInput } from "../../model/schema";

export const policeStationLookup: ServiceInput = {
  category: "household-police",
  kind: "query",
  identity: "none",
  offline: "online-only",
  print: "query-printout",
  needs: [],
  id: "police-station-lookup",
  catalogRow: 53,
  name: t("属地派出所查询", "Find the local police station"),
  aliases: ["派出所", "派出所查询", "管辖派出所"],
  steps: [
    question("address", t("您住在哪里？", "Where do you live?"), { type: "fuzhou-address", maxLength: 40 }),
  ],
};
