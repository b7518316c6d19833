import type { Migration } from "./types";

/** Device and audit events for the maintenance menu; `detail` is JSON with ID numbers masked. */
export const m0030Events: Migration = {
  version: 30,
  name: "events",
  up(db) {
    db.exec(`
      CREATE TABLE events (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('device', 'audit')),
        source TEXT NOT NULL,
        code TEXT NOT NULL,
        detail TEXT
      ) STRICT;
      CREATE INDEX events_by_kind ON events (kind, seq);
    `);
  },
};
