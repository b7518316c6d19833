import { KioskCallError, type KioskErrorBody } from "../core/api";

/**
 * Marks an error message that carries a KioskErrorBody across the context bridge.
 *
 * Why: contextBridge does not clone an Error — it rebuilds one in the page's world from its
 * `message` alone, so `code` and `text` (the resident's words) would be lost and every failure under
 * Electron would read as a general one. The body therefore travels inside the message, and the
 * page's `restoreBridgeErrors` (renderer/src/kiosk/bridge-errors.ts) turns it back into a coded
 * error. The page keeps its own copy of this prefix because it may not import core's values; a test
 * holds the two equal.
 */
export const BRIDGE_ERROR_PREFIX = "kiosk-error:";

/** The error the preload rejects with: coded inside its own world, and still coded after the bridge. */
export function bridgeError(body: KioskErrorBody): KioskCallError {
  const carried = JSON.stringify({ code: body.code, message: body.message, text: body.text });
  return new KioskCallError(body.code, `${BRIDGE_ERROR_PREFIX}${carried}`, body.text);
}
