/** 医疗保障 (rows 19–31 of the draft catalog), in catalog order: the order residents see. */
import type { ServiceInput } from "../../model/schema";
import { chronicDiseaseBenefit } from "./chronic-disease-benefit";
import { designatedMedicalInstitutions } from "./designated-medical-institutions";
import { medInsuranceEVoucher } from "./med-insurance-e-voucher";
import { medicalCostEstimator } from "./medical-cost-estimator";
import { medicalInsuranceAccount } from "./medical-insurance-account";
import { medicalInsuranceCertificate } from "./medical-insurance-certificate";
import { medicalInsuranceStatus } from "./medical-insurance-status";
import { medicalInsuranceTransfer } from "./medical-insurance-transfer";
import { newbornMedInsurance } from "./newborn-med-insurance";
import { outOfCityTreatment } from "./out-of-city-treatment";
import { reimbursementProgress } from "./reimbursement-progress";
import { residentMedInsuranceEnrollment } from "./resident-med-insurance-enrollment";
import { residentMedInsurancePayment } from "./resident-med-insurance-payment";

export const medicalInsuranceServices: ServiceInput[] = [
  medicalInsuranceStatus,
  medicalInsuranceAccount,
  designatedMedicalInstitutions,
  reimbursementProgress,
  medicalCostEstimator,
  newbornMedInsurance,
  residentMedInsuranceEnrollment,
  outOfCityTreatment,
  medInsuranceEVoucher,
  chronicDiseaseBenefit,
  medicalInsuranceTransfer,
  residentMedInsurancePayment,
  medicalInsuranceCertificate,
];
