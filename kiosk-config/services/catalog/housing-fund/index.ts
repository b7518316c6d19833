/** 住房公积金 (rows 32–39 of the draft catalog), in catalog order: the order residents see. */
import type { ServiceInput } from "../../model/schema";
import { housingFundBalance } from "./housing-fund-balance";
import { housingFundCertificate } from "./housing-fund-certificate";
import { housingFundLoanCalculator } from "./housing-fund-loan-calculator";
import { housingFundLoanStatement } from "./housing-fund-loan-statement";
import { housingFundOutlets } from "./housing-fund-outlets";
import { housingFundRentWithdrawal } from "./housing-fund-rent-withdrawal";
import { housingFundRetirementWithdrawal } from "./housing-fund-retirement-withdrawal";
import { housingFundTransfer } from "./housing-fund-transfer";

export const housingFundServices: ServiceInput[] = [
  housingFundBalance,
  housingFundCertificate,
  housingFundLoanStatement,
  housingFundLoanCalculator,
  housingFundRentWithdrawal,
  housingFundRetirementWithdrawal,
  housingFundTransfer,
  housingFundOutlets,
];
