import { checkAnswers, t } from "../../model/build";
import {
  bankCardTailQuestion,
  consentQuestion,
  needCard,
  needPhone,
  phoneQuestion,
} from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";
import { leavingReason } from "./shared";

export const unemploymentBenefitClaim: ServiceInput = {
  ...applicationDefaults("employment"),
  id: "unemployment-benefit-claim",
  catalogRow: 16,
  name: t("失业保险金申领", "Claim unemployment insurance benefit"),
  aliases: ["失业金", "失业保险金", "失业补助", "领失业金"],
  approvalRule: "unemployment-benefit-claim",
  needs: [needCard, t("本人名下的银行卡或社保卡", "A bank or social security card in your name"), needPhone],
  steps: [
    leavingReason(),
    bankCardTailQuestion(),
    consentQuestion(
      t("我承诺目前未就业，且未领取养老金", "I confirm I am not working and do not receive a pension"),
    ),
    phoneQuestion(),
    checkAnswers(),
  ],
};
