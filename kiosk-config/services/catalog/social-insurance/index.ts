/** 社会保险 (rows 1–14 of the draft catalog), in catalog order: the order residents see. */
import type { ServiceInput } from "../../model/schema";
import { flexibleWorkerRegistration } from "./flexible-worker-registration";
import { pensionContributions } from "./pension-contributions";
import { pensionEligibilityCheck } from "./pension-eligibility-check";
import { pensionPayouts } from "./pension-payouts";
import { pensionReceiptCertificate } from "./pension-receipt-certificate";
import { pensionTransfer } from "./pension-transfer";
import { residentPensionContributions } from "./resident-pension-contributions";
import { socialInsuranceContributionProof } from "./social-insurance-contribution-proof";
import { socialInsuranceRightsStatement } from "./social-insurance-rights-statement";
import { socialInsuranceStatus } from "./social-insurance-status";
import { socialSecurityCardApplication } from "./social-security-card-application";
import { socialSecurityCardLoss } from "./social-security-card-loss";
import { socialSecurityCardStatus } from "./social-security-card-status";
import { workInjuryArchive } from "./work-injury-archive";

export const socialInsuranceServices: ServiceInput[] = [
  socialInsuranceStatus,
  pensionContributions,
  residentPensionContributions,
  pensionPayouts,
  socialSecurityCardStatus,
  workInjuryArchive,
  socialInsuranceRightsStatement,
  socialInsuranceContributionProof,
  pensionReceiptCertificate,
  pensionTransfer,
  flexibleWorkerRegistration,
  socialSecurityCardApplication,
  socialSecurityCardLoss,
  pensionEligibilityCheck,
];
