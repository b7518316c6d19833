/**
 * The service catalog: every definition validated at import, so a bad flow fails the tests and the
 * build instead of reaching a kiosk. A service is one file under `catalog/<category>/`, listed in
 * that category's `index.ts`; nothing here changes unless a category joins.
 */
import * as z from "zod";
import { citizenCentreServices } from "./catalog/citizen-centre";
import { civilAffairsServices } from "./catalog/civil-affairs";
import { cultureEducationServices } from "./catalog/culture-education";
import { dailyLifeServices } from "./catalog/daily-life";
import { employmentServices } from "./catalog/employment";
import { exitEntryServices } from "./catalog/exit-entry";
import { healthServices } from "./catalog/health";
import { hotlineReportingServices } from "./catalog/hotline-reporting";
import { householdPoliceServices } from "./catalog/household-police";
import { housingFundServices } from "./catalog/housing-fund";
import { medicalInsuranceServices } from "./catalog/medical-insurance";
import { realEstateServices } from "./catalog/real-estate";
import { socialInsuranceServices } from "./catalog/social-insurance";
import { taxServices } from "./catalog/tax";
import { transportServices } from "./catalog/transport";
import { ServiceDefinition, type ServiceInput } from "./model/schema";

export type { ServiceDefinition } from "./model/schema";

/** The categories' services, categories in the order of kiosk-config/catalog/categories.ts. */
const all: ServiceInput[] = [
  ...socialInsuranceServices,
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
