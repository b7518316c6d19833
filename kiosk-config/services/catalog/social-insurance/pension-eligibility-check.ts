import { checkAnswers, opt, question, radio, t } from "../../model/build";
import { consentQuestion } from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const pensionEligibilityCheck: ServiceInput = {
  ...applicationDefaults("social-insurance"),
  id: "pension-eligibility-check",
  wipeOnCardRemoval: true,
  catalogRow: 13,
  name: t("领取养老金资格认证（刷脸）", "Annual pensioner eligibility check (face)"),
  aliases: ["资格认证", "刷脸认证", "养老金认证", "生存认证", "年审"],
  identity: "idcard+face",
  approvalRule: "pension-eligibility-check",
  offline: "online-only",
  needs: [
    t("领取养老金本人的身份证，本人到场刷脸", "The pensioner's own ID card; the pensioner must be here"),
  ],
  steps: [
    question(
      "residence",
      t("您现在住在哪里？", "Where do you live now?"),
      radio(
        opt("fuzhou", "福州", "Fuzhou"),
        opt("other-city", "省内其他城市", "Elsewhere in Fujian"),
        opt("other-province", "外省", "Another province"),
      ),
    ),
    consentQuestion(
      t("我确认本人仍在领取养老金且信息属实", "I confirm I still receive the pension and this is true"),
    ),
    checkAnswers(),
  ],
};
