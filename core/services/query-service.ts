import { queryPath, QueryReply } from "../../central/protocol";
import type { KioskConfig } from "../../kiosk-config/config/schema";
import { KioskCallError, type CallRequest, type QueryResult } from "../api";
import type { IdentitySlot } from "../session/identity-slot";
import type { CentralClient } from "../sync/central-client";
import { centralFailure, type Online, requireOnline } from "./central-failure";
import type { KioskCatalog } from "./kiosk-catalog";
import { queryReceipt } from "./receipts";
import { wireIdentity } from "./wire-identity";

export interface QueryParts {
  catalog: KioskCatalog;
  config: KioskConfig;
  identity: IdentitySlot;
  /** A client for online-only calls; rejects when the kiosk has not enrolled. */
  central: () => Promise<CentralClient>;
  online: Online;
  now: () => Date;
}

/**
 * A query (社保, 公积金 … for the card holder; 12345 progress for anyone with a tracking number):
 * asked of central directly, never queued, and the answer is shown and printed but never stored
 * on the kiosk.
 */
export async function runQuery(parts: QueryParts, request: CallRequest<"runQuery">): Promise<QueryResult> {
  const { serviceId, sessionId, answers } = request;
  const service = parts.catalog.byId(serviceId);
  if (service?.kind !== "query") {
    throw new KioskCallError("not-offered", `"${serviceId}" is not a query service here`);
  }
  // Only queries about the card holder need the card; 12345 progress asks by tracking number.
  const cardOptional = service.identity === "optional" || service.identity === "none";
  const record = service.identity === "none" ? null : parts.identity.recordFor(sessionId);
  if (record === null && !cardOptional) {
    throw new KioskCallError("identity-required", "identity-required: place your ID card on the reader");
  }
  if (service.offline === "online-only") await requireOnline(parts.online, `query ${serviceId}`);
  // Queries take plain values only; a multiple choice has no meaning to central's query routes.
  const params = Object.fromEntries(
    Object.entries(answers).filter((e): e is [string, string | number | boolean] => !Array.isArray(e[1])),
  );
  const client = await parts.central();
  const exchange = await client.exchange("POST", queryPath(serviceId), QueryReply, {
    body: record === null ? { params } : { identity: wireIdentity(record), params },
  });
  if (exchange.kind !== "ok") throw centralFailure(exchange, `query ${serviceId}`);
  const rows = exchange.body.rows;
  return { rows, receipt: queryReceipt(service, parts.config, rows, parts.now()) };
}
