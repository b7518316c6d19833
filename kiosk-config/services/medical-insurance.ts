import { newbornMedInsurance } from "./newborn";
import type { ServiceInput } from "./schema";

export const medicalInsuranceServices: ServiceInput[] = [newbornMedInsurance];
