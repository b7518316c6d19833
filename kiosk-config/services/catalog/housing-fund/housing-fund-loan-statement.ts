import { t } from "../../model/build";
import { copiesQuestion, periodQuestion } from "../../model/common";
import { certificateDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const housingFundLoanStatement: ServiceInput = {
  ...certificateDefaults("housing-fund"),
  id: "housing-fund-loan-statement",
  catalogRow: 34,
  name: t("公积金贷款还款明细打印", "Print housing-fund loan repayment statement"),
  aliases: ["公积金贷款", "还款明细", "房贷明细", "公积金"],
  approvalRule: "housing-fund-loan-statement",
  steps: [periodQuestion(), copiesQuestion()],
};
