import { maskIdNumbersIn } from "../privacy/mask";
import type { ReadableDb, WritableDb } from "./handles";
import type { EventKind, EventRow } from "./rows";

/** One device or audit event for the maintenance menu. */
export interface KioskEvent {
  kind: EventKind;
  /** Who raised it, e.g. "printer", "maintenance". */
  source: string;
  /** Short stable code, e.g. "paper-out", "pin-accepted". */
  code: string;
  /** Extra facts; ID numbers inside are masked before writing. */
  detail?: Record<string, unknown>;
  at: string;
}

export function recordEvent(db: WritableDb, event: KioskEvent): void {
  const detail = event.detail === undefined ? null : maskIdNumbersIn(JSON.stringify(event.detail));
  db.prepare("INSERT INTO events (at, kind, source, code, detail) VALUES (?, ?, ?, ?, ?)").run(
    event.at,
    event.kind,
    event.source,
    event.code,
    detail,
  );
}

/** Newest first. */
export function listEvents(db: ReadableDb, options: { kind?: EventKind; limit: number }): EventRow[] {
  if (options.kind === undefined) {
    return db.prepare("SELECT * FROM events ORDER BY seq DESC LIMIT ?").all(options.limit) as EventRow[];
  }
  return db
    .prepare("SELECT * FROM events WHERE kind = ? ORDER BY seq DESC LIMIT ?")
    .all(options.kind, options.limit) as EventRow[];
}

/** Keeps the newest `keep` events so an unattended kiosk never fills its disk. */
export function trimEvents(db: WritableDb, keep: number): number {
  return db.prepare("DELETE FROM events WHERE seq <= (SELECT max(seq) FROM events) - ?").run(keep).changes;
}
