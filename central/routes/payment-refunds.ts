import * as z from "zod";
import type { CentralContext } from "../context";
import { appendAudit } from "../db/queries/audit";
import { HttpError } from "../http/errors";
import { parseOr400 } from "../http/parse";
import { requireRole } from "../managers/require-role";
import { PAYMENT_ROUTES, PaymentRefundRequest } from "../protocol";
import { demoBills } from "../payments/bills";
import { findAnyOrder, refundOrder, toWire } from "../payments/orders";
import { publicBaseFor } from "../payments/public-base";
import { SimulatorProvider } from "../payments/simulator";
import type { RouteModule } from "./types";

const IdParams = z.object({ id: z.uuid() });

/**
 * A manager (operator or above) gives a paid order's money back through the provider. Refunding
 * an order already refunded answers it as it stands, so a retried refund never pays out twice;
 * an order that was never paid has nothing to give back (409).
 */
export const paymentRefundRoutes: RouteModule = (app, ctx: CentralContext) => {
  app.post(PAYMENT_ROUTES.paymentOrderRefund, async (request) => {
    const actor = await requireRole(ctx, request, "operator");
    const { id } = parseOr400(IdParams, request.params);
    const { reason } = parseOr400(PaymentRefundRequest, request.body ?? {});
    const now = () => ctx.now();
    const deps = {
      db: ctx.db,
      catalog: ctx.catalog,
      bills: demoBills,
      provider: new SimulatorProvider(ctx.db, now, publicBaseFor(ctx, request)),
      now,
    };
    const row = await findAnyOrder(deps, id);
    if (row.state === "refunded") return toWire(row);
    if (row.state !== "paid")
      throw new HttpError(409, "not_refundable", "该订单未付款，无需退款", `the order is ${row.state}, not paid`);
    const after = await refundOrder(deps, row);
    if (after.state !== "refunded")
      throw new HttpError(502, "refund_failed", "支付机构未能退款，请稍后再试", "the provider did not refund");
    await appendAudit(ctx.db, {
      at: ctx.now().toISOString(),
      actor: actor.name,
      action: "payment.refund",
      detail: { orderId: row.id, kioskId: row.kiosk_id, amountFen: row.amount_fen, reason },
    });
    return toWire(after);
  });
};
