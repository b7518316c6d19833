import type { ReadableDb, WritableDb } from "./handles";
import type { OutboxRow } from "./rows";
import { statement } from "./statements";

/** Raw outbox queries; `Outbox` (outbox-store.ts) adds sealing and the domain shape. */

export interface NewOutboxRow {
  id: string;
  service_id: string;
  payload: Buffer;
  created_at: string;
  next_attempt_at: number;
}

export function insertQueued(db: WritableDb, row: NewOutboxRow): number {
  const result = statement(
    db,
    `INSERT INTO outbox (id, service_id, payload, created_at, state, next_attempt_at)
       VALUES (@id, @service_id, @payload, @created_at, 'queued', @next_attempt_at)`,
  ).run(row);
  return Number(result.lastInsertRowid);
}

export function getOutboxRow(db: ReadableDb, id: string): OutboxRow | undefined {
  return statement(db, "SELECT * FROM outbox WHERE id = ?").get(id) as OutboxRow | undefined;
}

/** Queued items in drain order. */
export function listQueued(db: ReadableDb, limit: number): OutboxRow[] {
  return statement(db, "SELECT * FROM outbox WHERE state = 'queued' ORDER BY seq LIMIT ?").all(
    limit,
  ) as OutboxRow[];
}

export function countQueued(db: ReadableDb): number {
  const row = statement(db, "SELECT count(*) AS n FROM outbox WHERE state = 'queued'").get() as { n: number };
  return row.n;
}

export function countRejected(db: ReadableDb): number {
  const row = statement(db, "SELECT count(*) AS n FROM outbox WHERE state = 'rejected'").get() as {
    n: number;
  };
  return row.n;
}

/** Acknowledged: the personal data goes (secure_delete overwrites it), the reference stays. */
export function markSent(
  db: WritableDb,
  id: string,
  result: { status: string; trackingNo: string | null; at: string },
): boolean {
  const changed = statement(
    db,
    `UPDATE outbox SET state = 'sent', payload = NULL, result_status = ?, tracking_no = ?, settled_at = ?,
         last_error = NULL
       WHERE id = ? AND state = 'queued'`,
  ).run(result.status, result.trackingNo, result.at, id);
  return changed.changes === 1;
}

/** Refused for good: only service id, time and reason stay, for the maintenance menu. */
export function markRejected(db: WritableDb, id: string, rejection: { reason: string; at: string }): boolean {
  const changed = statement(
    db,
    `UPDATE outbox SET state = 'rejected', payload = NULL, reject_reason = ?, settled_at = ?, last_error = NULL
       WHERE id = ? AND state = 'queued'`,
  ).run(rejection.reason, rejection.at, id);
  return changed.changes === 1;
}

export function scheduleRetry(
  db: WritableDb,
  id: string,
  retry: { error: string; nextAttemptAt: number },
): void {
  statement(
    db,
    `UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?
     WHERE id = ? AND state = 'queued'`,
  ).run(retry.error, retry.nextAttemptAt, id);
}

/** Withdraws an item that certainly never left the kiosk (used when offline is not allowed). */
export function deleteQueued(db: WritableDb, id: string): boolean {
  return statement(db, "DELETE FROM outbox WHERE id = ? AND state = 'queued'").run(id).changes === 1;
}

export function listRejected(db: ReadableDb, limit: number): OutboxRow[] {
  return statement(db, "SELECT * FROM outbox WHERE state = 'rejected' ORDER BY seq DESC LIMIT ?").all(
    limit,
  ) as OutboxRow[];
}

/** Housekeeping: forgets acknowledged items settled before `before` (ISO-8601). */
export function pruneSent(db: WritableDb, before: string): number {
  return statement(db, "DELETE FROM outbox WHERE state = 'sent' AND settled_at < ?").run(before).changes;
}
