/** 户政公安 (rows 46–53 of the draft catalog), in catalog order: the order residents see. */
import type { ServiceInput } from "../../model/schema";
import { householdCertificate } from "./household-certificate";
import { hukouTransfer } from "./hukou-transfer";
import { idCardProgress } from "./id-card-progress";
import { newbornHukouRegistration } from "./newborn-hukou-registration";
import { noCriminalRecord } from "./no-criminal-record";
import { policeStationLookup } from "./police-station-lookup";
import { residencePermitApplication } from "./residence-permit-application";
import { residencePermitEndorsement } from "./residence-permit-endorsement";

export const householdPoliceServices: ServiceInput[] = [
  householdCertificate,
  noCriminalRecord,
  residencePermitEndorsement,
  residencePermitApplication,
  hukouTransfer,
  newbornHukouRegistration,
  idCardProgress,
  policeStationLookup,
];
