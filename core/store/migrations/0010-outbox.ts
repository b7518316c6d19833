import type { Migration } from "./types";

/**
 * The outbox: residents' submissions waiting for the central service.
 *
 * `seq` gives the drain order; `id` is the uuid the central service deduplicates on. The payload
 * (personal data) is sealed with AES-256-GCM and set to NULL the moment the item leaves the queue,
 * so only queued rows ever hold personal data (the CHECK makes that a schema fact).
 */
export const m0010Outbox: Migration = {
  version: 10,
  name: "outbox",
  up(db) {
    db.exec(`
      CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        service_id TEXT NOT NULL,
        payload BLOB,
        created_at TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'rejected')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        last_error TEXT,
        reject_reason TEXT,
        result_status TEXT,
        tracking_no TEXT,
        settled_at TEXT,
        CHECK ((state = 'queued') = (payload IS NOT NULL))
      ) STRICT;
      CREATE INDEX outbox_by_state ON outbox (state, seq);
    `);
  },
};
