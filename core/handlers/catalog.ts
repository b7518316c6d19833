import { categories } from "../../kiosk-config/catalog/categories";
import type { CatalogSummary, ServiceSummary } from "../api";
import type { KioskHandlers } from "../rpc";

/** The services a kiosk offers (the site profile's selection of the catalog). */
export interface CatalogSource {
  version: string;
  services(): readonly OfferedService[];
  mostUsed(): readonly OfferedService[];
}

type OfferedService = Omit<ServiceSummary, "instantDecision"> & {
  category: string;
  approvalRule?: string | undefined;
};

/** A service as list tiles and search results show it. */
export function toSummary(s: OfferedService): ServiceSummary {
  return {
    id: s.id,
    name: s.name,
    kind: s.kind,
    identity: s.identity,
    instantDecision: s.approvalRule !== undefined,
  };
}

/** Categories in catalog order with how many of this kiosk's services each holds; empty ones hidden. */
export function summarizeCatalog(source: CatalogSource): CatalogSummary {
  const counts = new Map<string, number>();
  for (const service of source.services())
    counts.set(service.category, (counts.get(service.category) ?? 0) + 1);
  return {
    version: source.version,
    categories: categories
      .map((c) => ({ id: c.id, name: c.name, icon: c.icon, serviceCount: counts.get(c.id) ?? 0 }))
      .filter((c) => c.serviceCount > 0),
    mostUsed: source.mostUsed().map(toSummary),
  };
}

export function catalogHandlers(
  source: () => CatalogSource,
): Pick<KioskHandlers, "getCatalogSummary" | "listServices" | "listOfferedServices"> {
  return {
    getCatalogSummary: () => summarizeCatalog(source()),
    listServices: ({ categoryId }) => ({
      services: source()
        .services()
        .filter((s) => s.category === categoryId)
        .map(toSummary),
    }),
    listOfferedServices: () => ({ services: source().services().map(toSummary) }),
  };
}
