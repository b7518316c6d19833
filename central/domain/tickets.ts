import { queueDepartments } from "../../kiosk-config/catalog/departments";
import type { CentralContext } from "../context";
import { chinaDay } from "../db/clock";
import { nextCounterValue } from "../db/queries/counters";
import { insertTicket } from "../db/queries/tickets";
import type { KioskRow } from "../db/schema";
import { unprocessable } from "../http/errors";
import type { TicketReply, TicketRequest } from "../protocol";

const prefixes = new Map(queueDepartments.map((d) => [d.id, d.prefix]));

/**
 * Issues the next queue number of a centre's department for today (China time).
 *
 * The number comes from one atomic counter upsert per (centre, department, day), so two kiosks
 * in one hall — or two central processes on one PostgreSQL — never hand out the same number.
 * `waitingAhead` counts the tickets issued earlier today: this reference service has no calling
 * system telling it who was served.
 */
export async function issueTicket(
  ctx: CentralContext,
  kiosk: KioskRow,
  request: TicketRequest,
): Promise<TicketReply> {
  const prefix = prefixes.get(request.departmentId);
  if (prefix === undefined) {
    throw unprocessable(
      "unknown_department",
      `unknown departmentId "${request.departmentId}"`,
      "该业务类别不存在",
    );
  }
  const now = ctx.now();
  const day = chinaDay(now);
  const seq = await nextCounterValue(ctx.db, `ticket:${request.centreId}:${request.departmentId}:${day}`);
  const ticketNo = `${prefix}${String(seq).padStart(3, "0")}`;
  const issuedAt = now.toISOString();
  await insertTicket(ctx.db, {
    centreId: request.centreId,
    departmentId: request.departmentId,
    day,
    seq,
    ticketNo,
    kioskId: kiosk.id,
    issuedAt,
  });
  ctx.metrics.tickets.inc();
  return {
    ticketNo,
    centreId: request.centreId,
    departmentId: request.departmentId,
    waitingAhead: seq - 1,
    issuedAt,
  };
}
