import type { Reason } from "../../central/protocol";
import { KioskCallError } from "../api";
import { type Exchange, reasonText } from "../sync/central-client";

/**
 * Central said no: its reason's words are for the resident, except when the refusal came
 * without central's error body (a proxy's page, `http-…`), which has none meant for a resident.
 */
export function refusal(reason: Reason | undefined, message: string): KioskCallError {
  const words = reason === undefined || reason.code.startsWith("http-") ? undefined : reasonText(reason);
  return new KioskCallError("refused", message, words);
}

/**
 * Why an online-only call to central (a query, a queue ticket) did not give an answer, as the
 * error the resident sees: 429 is central asking this kiosk to slow down (busy, come back in a
 * few minutes), any other failure to get through is offline, and a refusal carries central's
 * own words.
 */
export function centralFailure(
  exchange: Exclude<Exchange<unknown>, { kind: "ok" }>,
  what: string,
): KioskCallError {
  switch (exchange.kind) {
    case "retry":
      return exchange.status === 429
        ? new KioskCallError("busy", `${what}: the central service is busy (HTTP 429)`)
        : new KioskCallError("offline", `offline: ${what}: ${exchange.error}`);
    case "not-modified":
      return new KioskCallError("offline", `offline: ${what}: unexpected HTTP 304`);
    case "reject": {
      const { reason } = exchange;
      return refusal(
        reason,
        `${what} refused (HTTP ${exchange.status}, ${reason.code}): ${reason.en.slice(0, 200)}`,
      );
    }
  }
}

/** Whether central is reachable, known once the first attempt to reach it since the start ended. */
export type Online = () => Promise<boolean>;

/**
 * Refuses at once, in plain words, what needs central while the kiosk knows it is offline: the
 * resident is told now rather than after a request's timeout.
 */
export async function requireOnline(online: Online, what: string): Promise<void> {
  if (!(await online())) {
    throw new KioskCallError("offline", `offline: ${what}: the central service cannot be reached`);
  }
}
