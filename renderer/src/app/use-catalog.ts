import { useEffect, useState } from "react";
import type { CatalogSummary, ServiceSummary } from "../../../core/api";
import { useKiosk } from "./kiosk-context";

/**
 * The categories this kiosk offers: those read at start-up at once, then fresh ones (a fleet
 * config applied between sessions may change them).
 */
export function useCatalogSummary(): CatalogSummary {
  const { kiosk, catalog } = useKiosk();
  const [summary, setSummary] = useState<CatalogSummary>(catalog);
  useEffect(() => {
    let live = true;
    kiosk
      .getCatalogSummary({})
      // Most times nothing changed: keep the same object, and spare the screen a re-render.
      .then((s) => live && setSummary((shown) => (JSON.stringify(shown) === JSON.stringify(s) ? shown : s)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [kiosk]);
  return summary;
}

/** The services of one category; null while loading. */
export function useServices(categoryId: string): ServiceSummary[] | null {
  const { kiosk } = useKiosk();
  const [services, setServices] = useState<ServiceSummary[] | null>(null);
  useEffect(() => {
    let live = true;
    kiosk
      .listServices({ categoryId })
      .then((r) => live && setServices(r.services))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [kiosk, categoryId]);
  return services;
}
