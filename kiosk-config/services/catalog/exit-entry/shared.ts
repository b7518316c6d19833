import { opt, question, radio, t } from "../../model/build";

export const documentType = () =>
  question(
    "documentType",
    t("哪种证件？", "Which document?"),
    radio(
      opt("passport", "普通护照", "Passport"),
      opt("hk-macau", "往来港澳通行证", "Hong Kong and Macau travel permit"),
      opt("taiwan", "往来台湾通行证", "Taiwan travel permit"),
    ),
  );
