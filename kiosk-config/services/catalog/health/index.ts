/** 医疗卫生 (rows 85–90 of the draft catalog), in catalog order: the order residents see. */
import type { ServiceInput } from "../../model/schema";
import { healthRecord } from "./health-record";
import { hospitalAppointment } from "./hospital-appointment";
import { labReportPrint } from "./lab-report-print";
import { medicalPriceLookup } from "./medical-price-lookup";
import { medicalStaffLicence } from "./medical-staff-licence";
import { vaccinationRecord } from "./vaccination-record";

export const healthServices: ServiceInput[] = [
  hospitalAppointment,
  labReportPrint,
  vaccinationRecord,
  healthRecord,
  medicalStaffLicence,
  medicalPriceLookup,
];
