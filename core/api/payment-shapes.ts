/** Shapes of a resident's payment (the payment services): the order on screen and its receipt. */
import * as z from "zod";
import { Message } from "./kiosk-shapes";
import { Receipt } from "./service-shapes";

/**
 * How an order stands, as central's wire says it (central/protocol/payments.ts; the page's build
 * cannot import central, and core/services/payment-desk.ts checks at compile time that the two
 * lists are the same). Only `paid` means money moved.
 */
export const PaymentState = z.enum(["pending", "paid", "declined", "expired", "cancelled", "refunded"]);
export type PaymentState = z.infer<typeof PaymentState>;

/**
 * One payment order as the page shows it. No identity and nothing the page could use to pay or
 * cancel another session's order: every later call names the order *and* the session.
 */
export const PaymentView = z.object({
  orderId: z.uuid(),
  serviceId: z.string(),
  /** Amount due in fen (1/100 yuan), from the bill central looked up for the answers. */
  amountFen: z.number().int().positive(),
  /** What is paid (水费（户号 …）), in both languages. */
  description: Message,
  state: PaymentState,
  /** What the QR code on screen encodes: the address the resident's phone opens to pay. */
  qrPayload: z.string(),
  /** Seconds left to pay when this view was made (counted from central's expiry). */
  secondsLeft: z.number().int().nonnegative(),
  /** The provider's transaction number, once paid: shown and printed. */
  transactionNo: z.string().optional(),
  /** The receipt to print, once paid (kept for the session, printed with printReceipt). */
  receipt: Receipt.nullable(),
});
export type PaymentView = z.infer<typeof PaymentView>;

/** The longest the page may ask a status read to wait for a change (central's own limit). */
export const PAYMENT_WAIT_SECONDS_MAX = 25;
