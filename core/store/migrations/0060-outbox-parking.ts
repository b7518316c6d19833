import type { Migration } from "./types";

/**
 * Parking: an outbox item the service keeps failing (5xx, unreadable answers) for longer than the
 * limit is set aside as "needs attention" instead of holding every item behind it forever.
 *
 * A parked row stays `state = 'queued'` with its sealed payload, so a technician can send it
 * again; `parked_at` takes it out of the drain. `server_failures` and `first_failed_at` count only
 * failures the service (or a proxy in front of it) answered, so a plain network outage never parks.
 */
export const m0060OutboxParking: Migration = {
  version: 60,
  name: "outbox-parking",
  up(db) {
    db.exec(`
      ALTER TABLE outbox ADD COLUMN server_failures INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE outbox ADD COLUMN first_failed_at INTEGER;
      ALTER TABLE outbox ADD COLUMN parked_at TEXT;
      ALTER TABLE outbox ADD COLUMN parked_reason TEXT;
      CREATE INDEX outbox_parked ON outbox (parked_at) WHERE parked_at IS NOT NULL;
    `);
  },
};
