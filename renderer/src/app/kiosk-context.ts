import { createContext, useContext } from "react";
import type { KioskApi, UiSettings } from "../../../core/api";

export interface KioskContextValue {
  kiosk: KioskApi;
  settings: UiSettings;
}

export const KioskContext = createContext<KioskContextValue | null>(null);

/** The kiosk door and the UI settings read at start-up. */
export function useKiosk(): KioskContextValue {
  const value = useContext(KioskContext);
  if (!value) throw new Error("useKiosk outside <KioskContext>");
  return value;
}
