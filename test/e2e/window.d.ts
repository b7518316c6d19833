import type { KioskApi } from "../../core/api";

// What page.evaluate callbacks see: the page's window.kiosk (renderer/src/kiosk/connect.ts).
declare global {
  interface Window {
    kiosk?: KioskApi;
  }
}
