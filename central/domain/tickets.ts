import { queueDepartments } from "../../kiosk-config/catalog/departments";
import { defaultConfig, KioskConfig } from "../../kiosk-config/config/schema";
import { queueDepartmentsForSite } from "../../kiosk-config/sites/index";
import type { CentralContext } from "../context";
import { chinaDay } from "../db/clock";
import { nextCounterValue } from "../db/queries/counters";
import { insertTicket } from "../db/queries/tickets";
import type { KioskRow } from "../db/schema";
import { unprocessable } from "../http/errors";
import type { TicketReply, TicketRequest } from "../protocol";
import { effectiveConfigFor } from "../rollouts/effective-config";

const prefixes = new Map(queueDepartments.map((d) => [d.id, d.prefix]));

/**
 * The service centre a kiosk draws numbers for, and the departments its site offers, as the
 * config its layers give it says (the built-in defaults where it says nothing):
 * exactly what the kiosk itself is told to show. A kiosk in a metro station cannot draw numbers
 * in a hall it does not stand in.
 */
async function queueOf(
  ctx: CentralContext,
  kiosk: KioskRow,
): Promise<{ centreId: string; departments: Set<string> }> {
  const effective = await effectiveConfigFor(ctx.db, kiosk);
  const config =
    (effective === undefined ? undefined : KioskConfig.safeParse(effective.body).data) ?? defaultConfig;
  return {
    centreId: config.serviceCentreId,
    departments: new Set(queueDepartmentsForSite(config.site).map((d) => d.id)),
  };
}

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
  const queue = await queueOf(ctx, kiosk);
  if (request.centreId !== queue.centreId || !queue.departments.has(request.departmentId)) {
    throw unprocessable(
      "not_this_site",
      `this kiosk issues tickets for "${queue.centreId}" and its site's departments only`,
      "本终端不能为该服务中心或业务类别取号",
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
