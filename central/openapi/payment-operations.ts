import {
  ErrorReply,
  IDEMPOTENT_REPLAYED_HEADER,
  PAYMENT_ROUTES,
  PaymentOrder,
  PaymentOrderRequest,
  PaymentRefundRequest,
} from "../protocol";
import { common, err, type Operation } from "./operation";

/**
 * Payment orders (the kiosk opens, reads and cancels its own; a manager refunds), and the
 * simulator's pay page that the QR code opens on a resident's phone.
 */
export const paymentOperations: Operation[] = [
  {
    method: "post",
    path: PAYMENT_ROUTES.paymentOrders,
    summary:
      "Open the payment order for a submission (amount from the bill lookup). One order per submissionId: a repeat returns the same order (200, header " +
      `${IDEMPOTENT_REPLAYED_HEADER}: true)`,
    auth: "kiosk",
    request: PaymentOrderRequest,
    replies: {
      201: { description: "order opened: its QR payload and expiry", schema: PaymentOrder },
      200: { description: "the order already open for this submission", schema: PaymentOrder },
      ...common,
      404: err("unknown service"),
      409: err("this submission already has an order for another service (order_conflict)"),
      422: err("not a payment service (not_a_payment), or no amount due for these answers (no_bill)"),
    },
  },
  {
    method: "get",
    path: PAYMENT_ROUTES.paymentOrder,
    summary:
      "This kiosk's order as it stands. Query ?wait=0..25 seconds holds the read open while the state stays ?since= (e.g. pending)",
    auth: "kiosk",
    replies: {
      200: { description: "the order", schema: PaymentOrder },
      ...common,
      404: err("no such order for this kiosk"),
    },
  },
  {
    method: "post",
    path: PAYMENT_ROUTES.paymentOrderCancel,
    summary:
      "Close this kiosk's unpaid order (the resident gave up). A payer who paid first wins: the reply then says paid",
    auth: "kiosk",
    replies: {
      200: { description: "the order after closing (cancelled, expired, or paid)", schema: PaymentOrder },
      ...common,
      404: err("no such order for this kiosk"),
    },
  },
  {
    method: "post",
    path: PAYMENT_ROUTES.paymentOrderRefund,
    summary: "Refund a paid order through its provider (manager, operator or above; audited). Repeatable",
    auth: "manager",
    request: PaymentRefundRequest,
    replies: {
      200: { description: "the order, refunded", schema: PaymentOrder },
      ...common,
      403: err("needs the operator role"),
      404: err("no such order"),
      409: err("the order was never paid (not_refundable)"),
      502: err("the provider did not refund (refund_failed)"),
    },
  },
  {
    method: "get",
    path: PAYMENT_ROUTES.simPayPage,
    summary:
      "Simulator: the pay page a resident's phone opens from the QR code (HTML; the link is the credential)",
    auth: "none",
    replies: { 200: { description: "HTML page" }, 404: { description: "HTML page: unknown link" } },
  },
  {
    method: "post",
    path: PAYMENT_ROUTES.simPayAction,
    summary:
      "Simulator: the payer pays, declines or lets the order time out (action pay|decline|timeout). HTML, or JSON with Accept: application/json",
    auth: "none",
    replies: {
      200: { description: "the outcome (HTML page, or JSON {state, transactionNo})" },
      404: { description: "unknown link", schema: ErrorReply },
    },
  },
];
