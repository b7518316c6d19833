import type { Migration } from "./types";

/**
 * Config bundles received from the fleet, and the highest version ever trusted.
 *
 * The trusted version lives in its own one-row table so a rollback of the history (or of the
 * app) can never lower it: it is the kiosk's rollback protection for signed config.
 */
export const m0040ConfigHistory: Migration = {
  version: 40,
  name: "config-history",
  up(db) {
    db.exec(`
      CREATE TABLE config_history (
        version INTEGER PRIMARY KEY,
        bundle TEXT NOT NULL,
        received_at TEXT NOT NULL,
        applied_at TEXT,
        status TEXT NOT NULL CHECK (status IN ('received', 'applied', 'committed', 'rolled-back', 'rejected')),
        detail TEXT
      ) STRICT;
      CREATE TABLE config_trust (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        highest_version INTEGER NOT NULL
      ) STRICT;
      INSERT INTO config_trust (id, highest_version) VALUES (1, 0);
    `);
  },
};
