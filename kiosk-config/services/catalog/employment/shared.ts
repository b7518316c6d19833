import { opt, question, radio, type ServiceDefaults, t } from "../../model/build";
import { needCard, needPhone } from "../../model/common";

export const jobApp: ServiceDefaults = {
  category: "employment",
  kind: "application",
  identity: "idcard",
  offline: "queue",
  print: "submission-receipt",
  needs: [needCard, needPhone],
};

export const leavingReason = () =>
  question(
    "leavingReason",
    t("因为什么原因失业？", "Why did your job end?"),
    radio(
      opt("contract-ended", "劳动合同到期", "The contract ended"),
      opt("dismissed", "被单位解除合同", "The employer ended it"),
      opt("company-closed", "单位破产或关闭", "The employer closed"),
      opt("resigned", "本人辞职", "I resigned"),
    ),
  );
