import { chmodSync, closeSync, existsSync, openSync } from "node:fs";
import Database from "better-sqlite3";
import { DatabaseCorruptError } from "./errors";
import { brandWritable, type WritableDb } from "./handles";
import { type MigrationReport, migrate } from "./migrate";
import { migrations as knownMigrations } from "./migrations/index";
import type { Migration } from "./migrations/types";

/** Options for `openDatabase`. */
export interface OpenDatabaseOptions {
  /** Schema steps to apply; default the app's full list (tests pass a shorter one). */
  migrations?: readonly Migration[];
  /** How long a writer waits for another connection's lock, in ms; default 5000. */
  busyTimeoutMs?: number;
}

/**
 * Opens (creating if needed) the kiosk database and migrates it.
 *
 * `synchronous = FULL` is per connection, and this connection writes residents' submissions, so
 * the whole connection runs FULL: in WAL mode every commit is fsync'd before `run()` returns,
 * which is what lets us tell the resident "saved" the moment the insert returns.
 * `secure_delete` overwrites freed content, so a payload deleted after acknowledgement does not
 * linger in free pages.
 *
 * The file is created 0600 before SQLite opens it (SQLite gives its -wal and -shm files the same
 * mode), and older files are narrowed to 0600: the sealed outbox is still nobody else's business.
 * `quick_check` turns a damaged file into a `DatabaseCorruptError` here, at open, instead of a
 * crash in the middle of a resident's session.
 */
export function openDatabase(
  path: string,
  options: OpenDatabaseOptions = {},
): { db: WritableDb; migration: MigrationReport } {
  if (path !== ":memory:") ownerOnly(path);
  const raw = new Database(path);
  try {
    raw.pragma("journal_mode = WAL");
    if (path !== ":memory:")
      for (const side of [`${path}-wal`, `${path}-shm`]) if (existsSync(side)) chmodSync(side, 0o600);
    const check = raw.pragma("quick_check(1)", { simple: true });
    if (check !== "ok") throw new DatabaseCorruptError(String(check));
    raw.pragma("synchronous = FULL");
    raw.pragma("secure_delete = ON");
    raw.pragma("foreign_keys = ON");
    raw.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    const db = brandWritable(raw);
    const migration = migrate(db, options.migrations ?? knownMigrations);
    return { db, migration };
  } catch (error) {
    raw.close();
    throw error;
  }
}

function ownerOnly(path: string): void {
  closeSync(openSync(path, "a", 0o600));
  chmodSync(path, 0o600);
}
