/**
 * Site profiles: which services a kiosk shows for the kind of place it stands in (the
 * layer between built-in defaults and the fleet's config). Pure data and functions: runs in the page.
 */
import * as z from "zod";
import { type QueueDepartment, queueDepartments } from "../catalog/departments";
import { type ServiceDefinition, serviceById, services } from "../services/index";
import { siteProfileInputs } from "./profiles";
import { SiteProfile, type SiteId } from "./schema";

export { SiteId, SiteProfile } from "./schema";
export { centreOnlyServices } from "./profiles";

/** Every built-in profile, validated: unknown service or department ids fail at import. */
export const siteProfiles: readonly SiteProfile[] = z
  .array(SiteProfile)
  .superRefine((profiles, ctx) => {
    for (const p of profiles) {
      for (const id of [...p.services, ...p.exclude, ...p.mostUsed]) {
        if (serviceById(id) === undefined)
          ctx.addIssue({ code: "custom", message: `${p.id}: unknown service "${id}"` });
      }
      for (const id of p.queueDepartments) {
        if (!queueDepartments.some((d) => d.id === id))
          ctx.addIssue({ code: "custom", message: `${p.id}: unknown queue department "${id}"` });
      }
    }
  })
  .parse(siteProfileInputs);

export function siteProfileById(siteId: SiteId): SiteProfile {
  const profile = siteProfiles.find((p) => p.id === siteId);
  // SiteId is a closed enum and every value has a profile (tested), so this is a programming error.
  if (profile === undefined) throw new Error(`no site profile "${siteId}"`);
  return profile;
}

/** What the fleet's config may add on top of a site profile. */
export interface SiteOverrides {
  /** Service ids to hide on this kiosk; default none. */
  hide?: readonly string[];
  /** Service ids to show beyond the profile; default none. */
  show?: readonly string[];
}

/** The services a kiosk at this kind of site shows, in catalog order. */
export function servicesForSite(siteId: SiteId, overrides: SiteOverrides = {}): ServiceDefinition[] {
  const p = siteProfileById(siteId);
  const hidden = new Set([...p.exclude, ...(overrides.hide ?? [])]);
  const extra = new Set([...p.services, ...(overrides.show ?? [])]);
  return services.filter((s) => !hidden.has(s.id) && (p.categories.includes(s.category) || extra.has(s.id)));
}

/** The "most used" tiles of this site, limited to services it shows. */
export function mostUsedForSite(siteId: SiteId, overrides: SiteOverrides = {}): ServiceDefinition[] {
  const shown = new Set(servicesForSite(siteId, overrides).map((s) => s.id));
  return siteProfileById(siteId)
    .mostUsed.filter((id) => shown.has(id))
    .flatMap((id) => serviceById(id) ?? []);
}

/** The departments the queue ticket offers at this site (empty away from a service centre). */
export function queueDepartmentsForSite(siteId: SiteId): QueueDepartment[] {
  const ids = siteProfileById(siteId).queueDepartments;
  return queueDepartments.filter((d) => ids.includes(d.id));
}
