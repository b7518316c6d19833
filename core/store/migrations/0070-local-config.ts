import type { Migration } from "./types";

/**
 * The technician's local config layer (device ports and rates chosen in the maintenance menu),
 * one row per save so the last one wins and the earlier ones show what changed.
 */
export const m0070LocalConfig: Migration = {
  version: 70,
  name: "local-config",
  up(db) {
    db.exec(`
      CREATE TABLE local_config (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        layer TEXT NOT NULL,
        saved_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
