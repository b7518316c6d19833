import { useEffect, useState } from "react";
import type { CatalogSummary, LocalizedText, ServiceSummary } from "../../../core/api";
import { useKiosk } from "./kiosk-context";

/** The categories this kiosk offers; null while loading. */
export function useCatalogSummary(): CatalogSummary | null {
  const { kiosk } = useKiosk();
  const [summary, setSummary] = useState<CatalogSummary | null>(null);
  useEffect(() => {
    let live = true;
    kiosk
      .getCatalogSummary({})
      .then((s) => live && setSummary(s))
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

/** Picks the resident's language, falling back to zh-CN (the source language). */
export const localized = (text: LocalizedText, locale: string): string =>
  (locale === "en" ? text.en : undefined) ?? text["zh-CN"];
