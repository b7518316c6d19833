import type { Migration } from "./types";

/** Small named values: the kiosk's identity (id, sealed token), the cached catalog and its ETag. */
export const m0050Kv: Migration = {
  version: 50,
  name: "kv",
  up(db) {
    db.exec(`
      CREATE TABLE kv (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
