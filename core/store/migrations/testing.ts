import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { WritableDb } from "../handles";
import { openDatabase } from "../open";
import { migrations } from "./index";

/** For migration tests: a real database file migrated up to and including `version`. */
export function databaseAt(version: number): { db: WritableDb; path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "kiosk-store-"));
  const path = join(dir, "kiosk.db");
  const { db } = openDatabase(path, { migrations: migrations.filter((m) => m.version <= version) });
  return {
    db,
    path,
    cleanup() {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Migrates an open test database to the newest known version. */
export function migrateToLatest(path: string, db: WritableDb): WritableDb {
  db.close();
  return openDatabase(path).db;
}

export function isStrict(db: WritableDb, table: string): boolean {
  const rows = db.pragma("table_list") as { name: string; strict: number }[];
  return rows.some((r) => r.name === table && r.strict === 1);
}
