/** 就业创业 (rows 15–18 of the draft catalog), in catalog order: the order residents see. */
import type { ServiceInput } from "../../model/schema";
import { employmentSubsidy } from "./employment-subsidy";
import { flexibleWorkerStatement } from "./flexible-worker-statement";
import { unemploymentBenefitClaim } from "./unemployment-benefit-claim";
import { unemploymentRegistration } from "./unemployment-registration";

export const employmentServices: ServiceInput[] = [
  unemploymentRegistration,
  unemploymentBenefitClaim,
  employmentSubsidy,
  flexibleWorkerStatement,
];
