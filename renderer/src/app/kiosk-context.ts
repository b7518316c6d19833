import { createContext, useContext } from "react";
import type { CatalogSummary, KioskApi, UiSettings } from "../../../core/api";

export interface KioskContextValue {
  kiosk: KioskApi;
  settings: UiSettings;
  /** The categories as read at start-up, shown at once; screens refresh them as they open. */
  catalog: CatalogSummary;
}

export const KioskContext = createContext<KioskContextValue | null>(null);

/** The kiosk door, and the UI settings and categories read at start-up. */
export function useKiosk(): KioskContextValue {
  const value = useContext(KioskContext);
  if (!value) throw new Error("useKiosk outside <KioskContext>");
  return value;
}
