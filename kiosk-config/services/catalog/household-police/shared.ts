import { question, t } from "../../model/build";

export const residenceAddress = () =>
  question("residenceAddress", t("您在福州的居住地址", "Your address in Fuzhou"), {
    type: "fuzhou-address",
    maxLength: 40,
  });
