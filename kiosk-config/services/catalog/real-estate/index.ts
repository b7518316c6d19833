/** 不动产 (rows 40–45 of the draft catalog), in catalog order: the order residents see. */
import type { ServiceInput } from "../../model/schema";
import { estatePropertyManager } from "./estate-property-manager";
import { noPropertyCertificate } from "./no-property-certificate";
import { propertyArchive } from "./property-archive";
import { propertyMortgageStatus } from "./property-mortgage-status";
import { propertyRecords } from "./property-records";
import { propertyRegistrationProgress } from "./property-registration-progress";

export const realEstateServices: ServiceInput[] = [
  propertyRecords,
  noPropertyCertificate,
  propertyArchive,
  propertyMortgageStatus,
  propertyRegistrationProgress,
  estatePropertyManager,
];
