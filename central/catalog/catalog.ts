import { catalogVersion, type ServiceDefinition, services } from "../../kiosk-config/services/index";

/** The service catalog as the central service serves and enforces it. */
export interface Catalog {
  /** Content hash shared with the kiosk (kiosk-config's catalogVersion), so both compare equal. */
  readonly version: string;
  /** Quoted strong ETag of `GET /v1/catalog`. */
  readonly etag: string;
  readonly services: readonly ServiceDefinition[];
  byId(id: string): ServiceDefinition | undefined;
}

/** The catalog from kiosk-config/services: the one source of truth for both sides. */
export function loadCatalog(): Catalog {
  const byId = new Map(services.map((s) => [s.id, s]));
  return {
    version: catalogVersion,
    etag: `"${catalogVersion}"`,
    services,
    byId: (id) => byId.get(id),
  };
}
