import Database from "better-sqlite3";
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
 */
export function openDatabase(
  path: string,
  options: OpenDatabaseOptions = {},
): { db: WritableDb; migration: MigrationReport } {
  const raw = new Database(path);
  try {
    raw.pragma("journal_mode = WAL");
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
