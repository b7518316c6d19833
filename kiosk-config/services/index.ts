/**
 * The service catalog: every definition validated at import, so a bad flow fails the tests and the
 * build instead of reaching a kiosk. Add a service to its category's file; nothing here changes
 * unless a new file joins.
 */
import * as z from "zod";
import { citizenCentreServices } from "./citizen-centre";
import { civilAffairsServices } from "./civil-affairs";
import { cultureEducationServices } from "./culture-education";
import { dailyLifeServices } from "./daily-life";
import { employmentServices } from "./employment";
import { exitEntryServices } from "./exit-entry";
import { healthServices } from "./health";
import { hotlineReportingServices } from "./hotline-reporting";
import { householdPoliceServices } from "./household-police";
import { housingFundServices } from "./housing-fund";
import { medicalInsuranceServices } from "./medical-insurance";
import { realEstateServices } from "./real-estate";
import { ServiceDefinition, type ServiceInput } from "./schema";
import { socialInsuranceServices } from "./social-insurance";
import { socialInsuranceApplications } from "./social-insurance-applications";
import { taxServices } from "./tax";
import { transportServices } from "./transport";

export type { ServiceDefinition } from "./schema";

const all: ServiceInput[] = [
  ...socialInsuranceServices,
  ...socialInsuranceApplications,
  ...employmentServices,
  ...medicalInsuranceServices,
  ...housingFundServices,
  ...realEstateServices,
  ...householdPoliceServices,
  ...exitEntryServices,
  ...transportServices,
  ...taxServices,
  ...civilAffairsServices,
  ...cultureEducationServices,
  ...healthServices,
  ...citizenCentreServices,
  ...hotlineReportingServices,
  ...dailyLifeServices,
];

const Catalog = z.array(ServiceDefinition).superRefine((list, ctx) => {
  const seen = new Set<string>();
  for (const s of list) {
    if (seen.has(s.id)) ctx.addIssue({ code: "custom", message: `duplicate service id "${s.id}"` });
    seen.add(s.id);
  }
});

/** Every service of the catalog, validated, in category order. */
export const services: readonly ServiceDefinition[] = Catalog.parse(all);

const byId = new Map(services.map((s) => [s.id, s]));

export function serviceById(id: string): ServiceDefinition | undefined {
  return byId.get(id);
}

/**
 * A content hash of the catalog (FNV-1a, hex): changes whenever any definition changes, so the
 * heartbeat can compare catalog versions without a release number someone forgets to bump.
 */
export const catalogVersion: string = fnv1a(JSON.stringify(services));

function fnv1a(input: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
