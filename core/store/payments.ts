import type { PaymentOrder } from "../../central/protocol";
import type { ReadableDb, WritableDb } from "./handles";

/** One payment order as the kiosk keeps it (no identity). */
export interface PaymentRow {
  orderId: string;
  submissionId: string;
  serviceId: string;
  amountFen: number;
  state: PaymentOrder["state"];
  transactionNo: string | null;
  createdAt: string;
  updatedAt: string;
}

interface Raw {
  order_id: string;
  submission_id: string;
  service_id: string;
  amount_fen: number;
  state: PaymentOrder["state"];
  transaction_no: string | null;
  created_at: string;
  updated_at: string;
}

const fromRaw = (r: Raw): PaymentRow => ({
  orderId: r.order_id,
  submissionId: r.submission_id,
  serviceId: r.service_id,
  amountFen: r.amount_fen,
  state: r.state,
  transactionNo: r.transaction_no,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/**
 * Records what central last said about an order. A final state is never replaced by `pending`
 * (a slow reply arriving after a fast one), so the newest truth is what stays.
 */
export function recordPayment(db: WritableDb, order: PaymentOrder, at: string): void {
  db.prepare(
    `INSERT INTO payments (order_id, submission_id, service_id, amount_fen, state, transaction_no, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (order_id) DO UPDATE SET state = excluded.state, transaction_no = excluded.transaction_no,
       updated_at = excluded.updated_at
     WHERE payments.state = 'pending' OR (payments.state = 'paid' AND excluded.state = 'refunded')`,
  ).run(
    order.id,
    order.submissionId,
    order.serviceId,
    order.amountFen,
    order.state,
    order.transactionNo ?? null,
    order.createdAt,
    at,
  );
}

export function paymentFor(db: ReadableDb, orderId: string): PaymentRow | undefined {
  const row = db.prepare("SELECT * FROM payments WHERE order_id = ?").get(orderId) as Raw | undefined;
  return row === undefined ? undefined : fromRaw(row);
}

/** Orders still waiting on the payer, oldest first: what the sync asks central about. */
export function openPayments(db: ReadableDb): PaymentRow[] {
  return (
    db.prepare("SELECT * FROM payments WHERE state = 'pending' ORDER BY created_at").all() as Raw[]
  ).map(fromRaw);
}

/** The newest orders, for the maintenance report (no identity is kept with them). */
export function recentPayments(db: ReadableDb, limit: number): PaymentRow[] {
  return (
    db.prepare("SELECT * FROM payments ORDER BY created_at DESC LIMIT ?").all(limit) as Raw[]
  ).map(fromRaw);
}
