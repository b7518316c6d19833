/** Payment orders for the payment services: created by a kiosk for one submission, paid by phone. */
import * as z from "zod";
import { isoDateTime } from "./primitives";
import { AnswerValue } from "./submissions";
import { BilingualText, Identity } from "./shared";

/** Payment routes (kiosk token), and the simulator's pages a phone opens from the QR code. */
export const PAYMENT_ROUTES = {
  paymentOrders: "/v1/payments/orders",
  paymentOrder: "/v1/payments/orders/:id",
  paymentOrderCancel: "/v1/payments/orders/:id/cancel",
  /** A manager (operator or above) gives a paid order's money back. */
  paymentOrderRefund: "/v1/payments/orders/:id/refund",
  simPayPage: "/sim/pay/:token",
  simPayAction: "/sim/pay/:token/:action",
} as const;

/** `GET /v1/payments/orders/:id` for one order. */
export const paymentOrderPath = (id: string): string => `/v1/payments/orders/${encodeURIComponent(id)}`;
/** `POST /v1/payments/orders/:id/cancel` for one order. */
export const paymentCancelPath = (id: string): string => `${paymentOrderPath(id)}/cancel`;

/** `POST /v1/payments/orders/:id/refund` for one order. */
export const paymentRefundPath = (id: string): string => `${paymentOrderPath(id)}/refund`;

/** Longest a status read may wait for a change, in seconds (below every proxy's idle timeout). */
export const MAX_PAYMENT_WAIT_SECONDS = 25;

/**
 * `pending` until the payer acts or the order runs out; every other state is final except that a
 * `paid` order may later become `refunded`. Only `paid` means money moved.
 */
export const PaymentState = z.enum(["pending", "paid", "declined", "expired", "cancelled", "refunded"]);
export type PaymentState = z.infer<typeof PaymentState>;

export const PaymentOrderRequest = z.object({
  /** The kiosk-made submission id the payment is for; one order per submission. */
  submissionId: z.uuid(),
  serviceId: z.string().min(1).max(100),
  /** The resident's answers, from which the bill is looked up (amount due). */
  answers: z.record(z.string().max(64), AnswerValue),
  /** Used to look the bill up, never stored with the order. */
  identity: Identity.optional(),
});
export type PaymentOrderRequest = z.infer<typeof PaymentOrderRequest>;

export const PaymentOrder = z.object({
  id: z.uuid(),
  submissionId: z.uuid(),
  serviceId: z.string(),
  /** Amount due in fen (1/100 yuan). */
  amountFen: z.number().int().positive(),
  /** What is paid, for the screen and the receipt. */
  description: BilingualText,
  state: PaymentState,
  /** Provider that holds the order, e.g. "simulator". */
  provider: z.string(),
  /** What the QR code encodes: the address a phone opens to pay. */
  qrPayload: z.string(),
  createdAt: isoDateTime,
  /** After this the order can no longer be paid. */
  expiresAt: isoDateTime,
  /** When the order reached a final state. */
  settledAt: isoDateTime.optional(),
  /** The provider's transaction number, once paid: printed on the receipt. */
  transactionNo: z.string().optional(),
});
export type PaymentOrder = z.infer<typeof PaymentOrder>;

/** `?wait=` seconds to hold a status read open while the order is still in state `?since=`. */
export const PaymentStatusQuery = z.object({
  wait: z.coerce.number().int().min(0).max(MAX_PAYMENT_WAIT_SECONDS).default(0),
  since: PaymentState.optional(),
});
export type PaymentStatusQuery = z.infer<typeof PaymentStatusQuery>;

/** Why a manager refunds an order: kept in the audit trail. */
export const PaymentRefundRequest = z
  .object({ reason: z.string().trim().min(1).max(200) })
  .strict();
export type PaymentRefundRequest = z.infer<typeof PaymentRefundRequest>;
