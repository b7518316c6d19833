import { randomUUID } from "node:crypto";
import * as z from "zod";
import { DiskFullError, isDiskFull, StoreError } from "./errors";
import type { WritableDb } from "./handles";
import * as q from "./outbox";
import type { OutboxRow, OutboxState } from "./rows";
import type { Sealer } from "./seal";

/** The data of one outbox item: any JSON object (the sync engine sends the contract's shape). */
export const OutboxPayload = z.record(z.string(), z.unknown());
export type OutboxPayload = z.infer<typeof OutboxPayload>;

/** An outbox item without its personal data. */
export interface OutboxItem {
  seq: number;
  id: string;
  serviceId: string;
  createdAt: string;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
  /** Failures the service answered since the item last went through (counts toward parking). */
  serverFailures: number;
  /** Epoch ms of the first of those failures, or null. */
  firstFailedAt: number | null;
}

/** What the maintenance menu shows of a parked item: no personal data. */
export interface ParkedItem {
  id: string;
  serviceId: string;
  createdAt: string;
  /** Why it was parked, with the last error. */
  reason: string;
  at: string;
  attempts: number;
}

/** What the maintenance menu shows of a refused item: no personal data. */
export interface RejectedItem {
  id: string;
  serviceId: string;
  reason: string;
  at: string;
}

/** Options for `Outbox.enqueue`. */
export interface EnqueueOptions {
  /** The idempotency key; default a fresh uuid. */
  id?: string;
  /** ISO-8601 creation time sent to central; default now. */
  createdAt?: string;
  /** Epoch ms of the first allowed attempt; default now. */
  nextAttemptAt?: number;
}

/**
 * The outbox with its personal data sealed at rest.
 *
 * `enqueue` returns only after the row is committed on a `synchronous = FULL` connection, so the
 * item survives a power cut from the moment it returns: callers may then tell the resident.
 */
export class Outbox {
  constructor(
    private readonly db: WritableDb,
    private readonly sealer: Sealer,
  ) {}

  enqueue(serviceId: string, data: OutboxPayload, options: EnqueueOptions = {}): OutboxItem {
    const id = options.id ?? randomUUID();
    const createdAt = options.createdAt ?? new Date().toISOString();
    const nextAttemptAt = options.nextAttemptAt ?? Date.now();
    const payload = this.sealer.seal(JSON.stringify(data), id);
    let seq: number;
    try {
      seq = q.insertQueued(this.db, {
        id,
        service_id: serviceId,
        payload,
        created_at: createdAt,
        next_attempt_at: nextAttemptAt,
      });
    } catch (error) {
      // Nothing was committed: the caller must not tell the resident "saved".
      if (isDiskFull(error)) throw new DiskFullError();
      throw error;
    }
    return {
      seq,
      id,
      serviceId,
      createdAt,
      state: "queued",
      attempts: 0,
      nextAttemptAt,
      lastError: null,
      serverFailures: 0,
      firstFailedAt: null,
    };
  }

  /** Queued items in drain order, without personal data. */
  queued(limit = 100): OutboxItem[] {
    return q.listQueued(this.db, limit).map(toItem);
  }

  get(id: string): OutboxItem | undefined {
    const row = q.getOutboxRow(this.db, id);
    return row === undefined ? undefined : toItem(row);
  }

  /** The resident's answers of a queued item, unsealed just before sending. */
  data(id: string): OutboxPayload {
    const row = q.getOutboxRow(this.db, id);
    if (row?.payload == null) {
      throw new StoreError(
        "payload-unreadable",
        "这条申请已不在待发送队列中。",
        `Outbox item ${id} is not queued: its data is gone.`,
      );
    }
    return OutboxPayload.parse(JSON.parse(this.sealer.open(row.payload, id)));
  }

  depth(): number {
    return q.countQueued(this.db);
  }

  /**
   * Runs `fn` in one transaction: settling a whole batch costs one fsync instead of one per item.
   */
  inTransaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  rejectedCount(): number {
    return q.countRejected(this.db);
  }

  acknowledge(id: string, result: { status: string; trackingNo: string | null; at: string }): boolean {
    return q.markSent(this.db, id, result);
  }

  reject(id: string, rejection: { reason: string; at: string }): boolean {
    return q.markRejected(this.db, id, rejection);
  }

  /** Another try later; `serverFailure` when the service answered without a verdict (5xx…). */
  retryLater(
    id: string,
    retry: { error: string; nextAttemptAt: number; serverFailure?: boolean; at?: number },
  ): void {
    q.scheduleRetry(this.db, id, {
      error: retry.error,
      nextAttemptAt: retry.nextAttemptAt,
      serverFailure: retry.serverFailure ?? false,
      at: retry.at ?? Date.now(),
    });
  }

  /** Sets an item aside as "needs attention" so the items behind it go; its data stays sealed. */
  park(id: string, parking: { reason: string; at: string }): boolean {
    return q.markParked(this.db, id, parking);
  }

  /** Puts a parked item back at its place in the queue, due at `nextAttemptAt`. */
  unpark(id: string, nextAttemptAt: number): boolean {
    return q.unpark(this.db, id, nextAttemptAt);
  }

  parkedCount(): number {
    return q.countParked(this.db);
  }

  parked(limit = 50): ParkedItem[] {
    return q.listParked(this.db, limit).map((row) => ({
      id: row.id,
      serviceId: row.service_id,
      createdAt: row.created_at,
      reason: row.parked_reason ?? "",
      at: row.parked_at ?? row.created_at,
      attempts: row.attempts,
    }));
  }

  /** Removes an item that certainly never left the kiosk. */
  withdraw(id: string): boolean {
    return q.deleteQueued(this.db, id);
  }

  /** Forgets acknowledged items settled before `before` (ISO-8601); returns how many. */
  pruneSent(before: string): number {
    return q.pruneSent(this.db, before);
  }

  rejected(limit = 50): RejectedItem[] {
    return q.listRejected(this.db, limit).map((row) => ({
      id: row.id,
      serviceId: row.service_id,
      reason: row.reject_reason ?? "",
      at: row.settled_at ?? row.created_at,
    }));
  }
}

function toItem(row: OutboxRow): OutboxItem {
  return {
    seq: row.seq,
    id: row.id,
    serviceId: row.service_id,
    createdAt: row.created_at,
    state: row.state,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    serverFailures: row.server_failures,
    firstFailedAt: row.first_failed_at,
  };
}
