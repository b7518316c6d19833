import { KioskCallError } from "../api";
import type { Exchange } from "../sync/central-client";

/**
 * The error a failed query reaches the page with. A 429 means central's limit on residents per
 * kiosk was reached: the resident is told the service is busy (`busy:`), not that the network
 * is down, so they come back later instead of looking for a cable.
 */
export function queryExchangeError(exchange: Exclude<Exchange<unknown>, { kind: "ok" }>): KioskCallError {
  if (exchange.kind === "retry" && exchange.status === 429) {
    return new KioskCallError(
      "failed",
      "busy: 查询服务繁忙，请稍后再试 / the query service is busy; please try again in a few minutes",
    );
  }
  if (exchange.kind === "reject") return new KioskCallError("failed", exchange.reason.en);
  return new KioskCallError("failed", "offline: the central service cannot be reached");
}
