import type { KioskConfig } from "../../kiosk-config/config/schema";
import { catalogVersion } from "../../kiosk-config/services";
import type { ServiceDefinition } from "../../kiosk-config/services/model/schema";
import { mostUsedForSite, queueDepartmentsForSite, servicesForSite } from "../../kiosk-config/sites";
import type { QueueDepartment } from "../../kiosk-config/catalog/departments";

/** The catalog as this kiosk offers it: the site profile's selection, looked up by id. */
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
  const offered = servicesForSite(config.site);
  const byId = new Map(offered.map((s) => [s.id, s]));
  const mostUsed = mostUsedForSite(config.site);
  return {
    version: catalogVersion,
    services: () => offered,
    byId: (id) => byId.get(id),
    departments: () => queueDepartmentsForSite(config.site),
    mostUsed: () => mostUsed,
  };
}
