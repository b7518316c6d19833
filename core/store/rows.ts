/**
 * Row types, exactly as the tables store them (migrations/). Domain types live with the code
 * that gives the rows meaning (the sync engine, the maintenance menu).
 */

export type OutboxState = "queued" | "sent" | "rejected";

export interface OutboxRow {
  seq: number;
  id: string;
  service_id: string;
  /** Sealed JSON of the resident's answers; NULL once the item left the queue. */
  payload: Buffer | null;
  /** ISO-8601, sent to the central service as `createdAt`. */
  created_at: string;
  state: OutboxState;
  attempts: number;
  /** Epoch ms before which the item is not retried. */
  next_attempt_at: number;
  last_error: string | null;
  reject_reason: string | null;
  /** The central service's status once acknowledged (accepted, approved, rejected, pending). */
  result_status: string | null;
  tracking_no: string | null;
  /** ISO-8601 when the item left the queue (sent or rejected). */
  settled_at: string | null;
  /** Failures the service answered (5xx…) since the item last went through or was retried by hand. */
  server_failures: number;
  /** Epoch ms of the first of those failures. */
  first_failed_at: number | null;
  /** ISO-8601 when the item was parked as "needs attention"; NULL while it drains normally. */
  parked_at: string | null;
  parked_reason: string | null;
}

export type ReceiptKind = "receipt" | "ticket";

export interface ReceiptRow {
  id: string;
  kind: ReceiptKind;
  service_id: string;
  reference_no: string;
  issued_at: string;
  printed: 0 | 1;
}

export type EventKind = "device" | "audit";

export interface EventRow {
  seq: number;
  at: string;
  kind: EventKind;
  source: string;
  code: string;
  /** JSON, with ID numbers masked before it was written. */
  detail: string | null;
}

export type ConfigStatus = "received" | "applied" | "committed" | "rolled-back" | "rejected";

export interface ConfigHistoryRow {
  version: number;
  /** The signed bundle exactly as received (JSON text). */
  bundle: string;
  received_at: string;
  applied_at: string | null;
  status: ConfigStatus;
  detail: string | null;
}

export interface KvRow {
  key: string;
  value: string;
  updated_at: string;
}
