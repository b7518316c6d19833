/**
 * IPC channel names, shared by main and preload. One channel per KioskApi call, so main binds
 * each call separately and a page can never reach a channel the contract does not list.
 */
export const callChannel = (call: string): string => `kiosk:call:${call}`;
export const EVENT_CHANNEL = "kiosk:event";

/** The app's own origin: `app://kiosk/…`. A custom scheme's `origin` is "null", so compare parts. */
export const APP_SCHEME = "app";
export const APP_HOST = "kiosk";
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True only for URLs of our own renderer (protocol and host compared, not `origin`). */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}
