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

/** Queued items in drain order; parked ones wait for a technician and are left out. */
export function listQueued(db: ReadableDb, limit: number): OutboxRow[] {
  return statement(
    db,
    "SELECT * FROM outbox WHERE state = 'queued' AND parked_at IS NULL ORDER BY seq LIMIT ?",
  ).all(limit) as OutboxRow[];
}

export function countQueued(db: ReadableDb): number {
  const row = statement(
    db,
    "SELECT count(*) AS n FROM outbox WHERE state = 'queued' AND parked_at IS NULL",
  ).get() as { n: number };
  return row.n;
}

/** Items parked as "needs attention", oldest first. */
export function listParked(db: ReadableDb, limit: number): OutboxRow[] {
  return statement(
    db,
    "SELECT * FROM outbox WHERE state = 'queued' AND parked_at IS NOT NULL ORDER BY seq LIMIT ?",
  ).all(limit) as OutboxRow[];
}

export function countParked(db: ReadableDb): number {
  const row = statement(
    db,
    "SELECT count(*) AS n FROM outbox WHERE state = 'queued' AND parked_at IS NOT NULL",
  ).get() as { n: number };
  return row.n;
}

/** Sets a queued item aside: it keeps its sealed payload but no longer holds the queue. */
export function markParked(db: WritableDb, id: string, parking: { reason: string; at: string }): boolean {
  return (
    statement(
      db,
      "UPDATE outbox SET parked_at = ?, parked_reason = ? WHERE id = ? AND state = 'queued' AND parked_at IS NULL",
    ).run(parking.at, parking.reason, id).changes === 1
  );
}

/** Back into the drain with a clean failure count (a technician's retry). */
export function unpark(db: WritableDb, id: string, nextAttemptAt: number): boolean {
  return (
    statement(
      db,
      `UPDATE outbox SET parked_at = NULL, parked_reason = NULL, server_failures = 0, first_failed_at = NULL,
           next_attempt_at = ?
         WHERE id = ? AND state = 'queued' AND parked_at IS NOT NULL`,
    ).run(nextAttemptAt, id).changes === 1
  );
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

/**
 * Counts one more attempt. `serverFailure` (the service answered, but not with a verdict: 5xx, an
 * unreadable body) also counts toward parking, from `at` (epoch ms) when it is the first.
 */
export function scheduleRetry(
  db: WritableDb,
  id: string,
  retry: { error: string; nextAttemptAt: number; serverFailure: boolean; at: number },
): void {
  statement(
    db,
    `UPDATE outbox SET attempts = attempts + 1, last_error = @error, next_attempt_at = @next,
         server_failures = server_failures + @failure,
         first_failed_at = CASE WHEN @failure = 1 THEN coalesce(first_failed_at, @at) ELSE first_failed_at END
     WHERE id = @id AND state = 'queued'`,
  ).run({
    error: retry.error,
    next: retry.nextAttemptAt,
    failure: retry.serverFailure ? 1 : 0,
    at: retry.at,
    id,
  });
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
