import type { KioskApi } from "../../../core/api";
import { restoreBridgeErrors } from "./bridge-errors";
import { createWebClient } from "./web-client";

declare global {
  interface Window {
    /** Provided by the Electron preload; absent under the web shell. */
    kiosk?: KioskApi;
  }
}

/** The one door to the kiosk: Electron's preload object, else the web shell's WebSocket client. */
export function connectKiosk(): KioskApi {
  if (window.kiosk) return restoreBridgeErrors(window.kiosk);
  const url = new URL("/kiosk", window.location.href);
  url.protocol = window.location.protocol === "https:" ? "wss:" : "ws:";
  const api = createWebClient(url.href);
  window.kiosk = api;
  return api;
}
