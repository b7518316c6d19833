import { ROUTES, TicketReply } from "../../central/protocol";
import { serviceCentreById } from "../../kiosk-config/catalog/centres";
import type { KioskConfig } from "../../kiosk-config/config/schema";
import { KioskCallError, type CallRequest, type TicketResult } from "../api";
import type { CentralClient } from "../sync/central-client";
import { centralFailure, type Online, requireOnline } from "./central-failure";
import type { KioskCatalog } from "./kiosk-catalog";
import { ticketReceipt } from "./receipts";

export interface TicketParts {
  catalog: KioskCatalog;
  config: KioskConfig;
  /** A client for online-only calls; rejects when the kiosk has not enrolled. */
  central: () => Promise<CentralClient>;
  online: Online;
}

/**
 * A queue ticket (取号) for one of this site's departments. Central numbers it, so that every
 * kiosk of the centre counts one queue: without central there is no ticket to give.
 */
export async function takeTicket(
  parts: TicketParts,
  request: CallRequest<"takeTicket">,
): Promise<TicketResult> {
  const { departmentId } = request;
  const department = parts.catalog.departments().find((d) => d.id === departmentId);
  if (!department) throw new KioskCallError("not-offered", `no queue department "${departmentId}" here`);
  const centreId = parts.config.serviceCentreId;
  // The config schema admits only catalog centres; a kiosk without one issues no tickets.
  const centre = serviceCentreById(centreId);
  if (!centre) throw new KioskCallError("not-offered", `no service centre "${centreId}" in the catalog`);
  await requireOnline(parts.online, `ticket ${departmentId}`);
  const client = await parts.central();
  const exchange = await client.exchange("POST", ROUTES.tickets, TicketReply, {
    body: { centreId, departmentId },
  });
  if (exchange.kind !== "ok") throw centralFailure(exchange, `ticket ${departmentId}`);
  const ticket = exchange.body;
  return {
    ticketNo: ticket.ticketNo,
    departmentId,
    departmentName: department.name,
    waitingAhead: ticket.waitingAhead,
    issuedAt: ticket.issuedAt,
    receipt: ticketReceipt(centre, department, ticket, parts.config),
  };
}
