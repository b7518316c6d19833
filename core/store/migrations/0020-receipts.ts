import type { Migration } from "./types";

/** Receipts and queue tickets this kiosk issued: reference numbers only, never personal data. */
export const m0020Receipts: Migration = {
  version: 20,
  name: "receipts",
  up(db) {
    db.exec(`
      CREATE TABLE receipts (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('receipt', 'ticket')),
        service_id TEXT NOT NULL,
        reference_no TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        printed INTEGER NOT NULL DEFAULT 0 CHECK (printed IN (0, 1))
      ) STRICT;
      CREATE INDEX receipts_by_time ON receipts (issued_at);
    `);
  },
};
