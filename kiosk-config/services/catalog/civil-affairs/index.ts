/** 民政 (rows 70–77 of the draft catalog), in catalog order: the order residents see. */
import type { ServiceInput } from "../../model/schema";
import { communityCentreLookup } from "./community-centre-lookup";
import { disabilitySubsidy } from "./disability-subsidy";
import { familyPlanningArchive } from "./family-planning-archive";
import { lowIncomeCertificate } from "./low-income-certificate";
import { marriageAppointment } from "./marriage-appointment";
import { marriageRecord } from "./marriage-record";
import { oldAgeAllowance } from "./old-age-allowance";
import { seniorPreferentialCard } from "./senior-preferential-card";

export const civilAffairsServices: ServiceInput[] = [
  marriageAppointment,
  marriageRecord,
  seniorPreferentialCard,
  oldAgeAllowance,
  lowIncomeCertificate,
  disabilitySubsidy,
  familyPlanningArchive,
  communityCentreLookup,
];
