import { checkAnswers, t } from "../../model/build";
import { consentQuestion, phoneQuestion } from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const medInsuranceEVoucher: ServiceInput = {
  ...applicationDefaults("medical-insurance"),
  id: "med-insurance-e-voucher",
  catalogRow: 26,
  name: t("医保电子凭证激活", "Activate the medical-insurance e-voucher"),
  aliases: ["医保电子凭证", "医保凭证", "医保码", "电子医保卡", "医保"],
  approvalRule: "med-insurance-e-voucher",
  offline: "online-only",
  steps: [
    phoneQuestion(t("激活短信会发到这个号码", "The activation text goes to this number")),
    consentQuestion(
      t(
        "我同意开通医保电子凭证并用于就医购药结算",
        "I agree to activate the e-voucher for paying medical bills",
      ),
    ),
    checkAnswers(),
  ],
};
