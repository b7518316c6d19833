import { opt, question, radio, t } from "../../model/build";

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
