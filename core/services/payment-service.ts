import { randomUUID } from "node:crypto";
import {
  MAX_PAYMENT_WAIT_SECONDS,
  PaymentOrder,
  type PaymentState,
  paymentCancelPath,
  paymentOrderPath,
} from "../../central/protocol";
import type { AnswerValue, Identity } from "../../central/protocol";
import type { WritableDb } from "../store/handles";
import { openPayments, recordPayment } from "../store/payments";
import type { CentralClient } from "../sync/central-client";
import { centralFailure } from "./central-failure";

export interface PaymentParts {
  db: WritableDb;
  /** A client for online-only calls; rejects when the kiosk has not enrolled. */
  central: () => Promise<CentralClient>;
  now: () => Date;
}

/**
 * The submission id a session pays under, made once per session and service: a retried "open"
 * after a lost reply asks central for the same order, never a second one.
 */
export class PaymentKeys {
  readonly #keys = new Map<string, string>();

  keyFor(sessionId: string, serviceId: string): string {
    const name = `${sessionId}\u0000${serviceId}`;
    const known = this.#keys.get(name);
    if (known !== undefined) return known;
    const made = randomUUID();
    this.#keys.set(name, made);
    return made;
  }

  /** Forgets a session's keys when it ends (its identity goes with it). */
  endSession(sessionId: string): void {
    for (const name of this.#keys.keys()) if (name.startsWith(`${sessionId}\u0000`)) this.#keys.delete(name);
  }
}

const remember = (parts: PaymentParts, order: PaymentOrder): PaymentOrder => {
  recordPayment(parts.db, order, parts.now().toISOString());
  return order;
};

/** Opens (or reopens) the order for a submission; it is kept locally until it ends. */
export async function openPayment(
  parts: PaymentParts,
  request: {
    submissionId: string;
    serviceId: string;
    answers: Record<string, AnswerValue>;
    identity?: Identity;
  },
): Promise<PaymentOrder> {
  const client = await parts.central();
  const exchange = await client.exchange("POST", "/v1/payments/orders", PaymentOrder, { body: request });
  if (exchange.kind !== "ok") throw centralFailure(exchange, `open payment for ${request.serviceId}`);
  return remember(parts, exchange.body);
}

/**
 * The order's state, waiting up to `waitSeconds` while it is still `since` (central holds the
 * read open, so the screen changes the moment the payer acts).
 */
export async function paymentStatus(
  parts: PaymentParts,
  orderId: string,
  wait: { waitSeconds: number; since?: PaymentState } = { waitSeconds: 0 },
): Promise<PaymentOrder> {
  const seconds = Math.max(0, Math.min(MAX_PAYMENT_WAIT_SECONDS, Math.floor(wait.waitSeconds)));
  const query = new URLSearchParams({
    wait: String(seconds),
    ...(wait.since === undefined ? {} : { since: wait.since }),
  });
  const client = await parts.central();
  const exchange = await client.exchange(
    "GET",
    `${paymentOrderPath(orderId)}?${query.toString()}`,
    PaymentOrder,
    {
      timeoutMs: (seconds + 10) * 1000,
    },
  );
  if (exchange.kind !== "ok") throw centralFailure(exchange, "payment status");
  return remember(parts, exchange.body);
}

/** The resident gave up; the reply says what really happened (a payer may have paid first). */
export async function cancelPayment(parts: PaymentParts, orderId: string): Promise<PaymentOrder> {
  const client = await parts.central();
  const exchange = await client.exchange("POST", paymentCancelPath(orderId), PaymentOrder);
  if (exchange.kind !== "ok") throw centralFailure(exchange, "cancel payment");
  return remember(parts, exchange.body);
}

/**
 * Asks central about every order still open here — after the resident left, after the kiosk
 * was offline — and records how each ended. Run by the sync; an unreachable central leaves the
 * rows open for next time, so no outcome is ever lost.
 */
export async function reconcilePayments(parts: PaymentParts): Promise<PaymentOrder[]> {
  const settled: PaymentOrder[] = [];
  for (const open of openPayments(parts.db)) {
    try {
      const order = await paymentStatus(parts, open.orderId);
      if (order.state !== "pending") settled.push(order);
    } catch {
      break;
    }
  }
  return settled;
}
