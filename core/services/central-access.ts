import { CentralClient } from "../sync/central-client";
import { loadIdentity } from "../store/identity";
import type { KioskStore } from "../store/kiosk-store";
import { KioskCallError } from "../api";

/** Seconds a resident waits for an online-only answer (a query, a ticket) before being told. */
const ONLINE_CALL_TIMEOUT_MS = 8000;

/**
 * Direct calls to the central service for things that are never queued (queries, queue tickets):
 * built from the enrolled identity in the store, so there is one source of the token.
 */
export function centralClientFor(store: KioskStore): CentralClient {
  const identity = loadIdentity(store.db, store.sealer);
  if (identity === undefined) {
    throw new KioskCallError("not-enrolled", "this kiosk is not enrolled with a central service yet");
  }
  return new CentralClient({
    baseUrl: identity.centralUrl,
    token: identity.token,
    timeoutMs: ONLINE_CALL_TIMEOUT_MS,
  });
}
