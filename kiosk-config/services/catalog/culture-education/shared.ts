import { opt, question, radio, type ServiceDefaults, t } from "../../model/build";
import { needCard } from "../../model/common";

export const eduQuery: ServiceDefaults = {
  category: "culture-education",
  kind: "query",
  identity: "idcard",
  offline: "online-only",
  print: "query-printout",
  needs: [needCard],
};

export const stage = () =>
  question(
    "stage",
    t("哪个学段？", "Which stage?"),
    radio(
      opt("primary", "小学", "Primary school"),
      opt("junior", "初中", "Junior secondary"),
      opt("senior", "高中或中职", "Senior secondary or vocational"),
    ),
  );
