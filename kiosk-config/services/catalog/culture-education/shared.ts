import { opt, question, radio, t } from "../../model/build";

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
