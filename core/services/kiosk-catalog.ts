import type { KioskConfig } from "../../kiosk-config/config/schema";
import { catalogVersion } from "../../kiosk-config/services";
import type { ServiceDefinition } from "../../kiosk-config/services/model/schema";
import { mostUsedForSite, queueDepartmentsForSite, servicesForSite } from "../../kiosk-config/sites";
import type { QueueDepartment } from "../../kiosk-config/catalog/departments";

/**
 * The catalog as this kiosk offers it: the site profile's selection minus the services and
 * categories the fleet config hides, looked up by id (a hidden service is refused like one of
 * another site).
 */
export interface KioskCatalog {
  readonly version: string;
  services(): readonly ServiceDefinition[];
  /** A service this kiosk offers, else undefined (a service of another site is not offered). */
  byId(id: string): ServiceDefinition | undefined;
  departments(): readonly QueueDepartment[];
  /** The site's most-used services that this kiosk offers, in the profile's order. */
  mostUsed(): readonly ServiceDefinition[];
}

export function kioskCatalog(config: KioskConfig): KioskCatalog {
  const hidden = new Set(config.services.hide);
  const hiddenCategories = new Set<string>(config.services.hideCategories);
  const shown = (s: ServiceDefinition) => !hidden.has(s.id) && !hiddenCategories.has(s.category);
  // The fleet's offline policy per kind overrides each service's own ("service" keeps it).
  const withPolicy = (s: ServiceDefinition): ServiceDefinition => {
    const policy = config.offline[s.kind];
    return policy === undefined || policy === "service" ? s : { ...s, offline: policy };
  };
  const offered = servicesForSite(config.site).filter(shown).map(withPolicy);
  const byId = new Map(offered.map((s) => [s.id, s]));
  const mostUsed = mostUsedForSite(config.site)
    .filter(shown)
    .map((s) => byId.get(s.id) ?? withPolicy(s));
  return {
    version: catalogVersion,
    services: () => offered,
    byId: (id) => byId.get(id),
    departments: () => queueDepartmentsForSite(config.site),
    mostUsed: () => mostUsed,
  };
}
