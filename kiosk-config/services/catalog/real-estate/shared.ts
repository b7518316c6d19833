import { question, type ServiceDefaults, t } from "../../model/build";
import { certificateDefaults } from "../../model/defaults";

/** A property certificate: printed for the owner in person, after a face check. */
export const estatePrint: ServiceDefaults = {
  ...certificateDefaults("real-estate"),
  identity: "idcard+face",
  needs: [t("本人身份证，本人到场刷脸", "Your own ID card; you must be here for the face check")],
};

export const certificateNo = () =>
  question(
    "certificateNo",
    t("不动产权证书号", "Property certificate number"),
    {
      type: "text",
      minLength: 7,
      maxLength: 7,
      pattern: "^[0-9]{7}$",
      keyboard: "numeric",
      patternHint: t("请输入证书上“第…号”中的7位数字", "Enter the 7 digits of the certificate number"),
    },
    { hint: t("例如 闽(2024)福州市不动产权第0012345号 中的 0012345", "e.g. 0012345") },
  );
