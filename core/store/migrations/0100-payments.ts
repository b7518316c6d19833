import type { Migration } from "./types";

/**
 * Payment orders this kiosk opened, until each reaches a final state: a resident may pay on the
 * phone after walking away or while the kiosk is offline, and the sync must still learn of it.
 * No identity is kept: the order, the amount, the outcome and the provider's transaction number.
 */
export const m0100Payments: Migration = {
  version: 100,
  name: "payments",
  up(db) {
    db.exec(`
      CREATE TABLE payments (
        order_id TEXT PRIMARY KEY,
        submission_id TEXT NOT NULL UNIQUE,
        service_id TEXT NOT NULL,
        amount_fen INTEGER NOT NULL,
        state TEXT NOT NULL,
        transaction_no TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX payments_open ON payments (state) WHERE state = 'pending';
    `);
  },
};
