/** 出入境 (rows 54–57 of the draft catalog), in catalog order: the order residents see. */
import type { ServiceInput } from "../../model/schema";
import { exitEntryAppointment } from "./exit-entry-appointment";
import { exitEntryProgress } from "./exit-entry-progress";
import { exitEntryRecords } from "./exit-entry-records";
import { travelPermitEndorsement } from "./travel-permit-endorsement";

export const exitEntryServices: ServiceInput[] = [
  exitEntryRecords,
  travelPermitEndorsement,
  exitEntryAppointment,
  exitEntryProgress,
];
