import { DatabaseTooNewError, StoreError } from "./errors";
import type { WritableDb } from "./handles";
import { migrations as knownMigrations } from "./migrations/index";
import type { Migration } from "./migrations/types";

/** What `migrate` did, for the start-up log. */
export interface MigrationReport {
  from: number;
  to: number;
  applied: string[];
}

/**
 * Brings the schema up to the newest known version.
 *
 * The version lives in `PRAGMA user_version`; a `schema_migrations` table records the name of
 * every applied step so we can check that what was applied is a prefix of what we know (a
 * hand-edited or foreign database fails loudly here, not later in a query). All pending steps run
 * in one transaction: a power cut mid-upgrade leaves the old schema intact.
 */
export function migrate(db: WritableDb, list: readonly Migration[] = knownMigrations): MigrationReport {
  checkOrder(list);
  const newest = list.at(-1)?.version ?? 0;
  const from = userVersion(db);
  if (from > newest) throw new DatabaseTooNewError(from, newest);
  if (from !== 0 && !list.some((m) => m.version === from)) {
    throw new StoreError(
      "unknown-schema-version",
      `数据库版本 ${from} 不在程序已知的版本中，请联系技术支持。`,
      `The database is at schema version ${from}, which this app does not know. Call support.`,
    );
  }

  const pending = list.filter((m) => m.version > from);
  const run = db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
    checkHistory(db, list, from);
    const at = new Date().toISOString();
    const record = db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
    for (const step of pending) {
      step.up(db);
      record.run(step.version, step.name, at);
    }
    if (pending.length > 0) db.pragma(`user_version = ${newest}`);
  });
  run.immediate();
  return { from, to: pending.length > 0 ? newest : from, applied: pending.map((m) => m.name) };
}

export function userVersion(db: WritableDb): number {
  const value: unknown = db.pragma("user_version", { simple: true });
  return typeof value === "number" ? value : 0;
}

function checkOrder(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    const previous = i === 0 ? 0 : (list[i - 1]?.version ?? 0);
    if (!Number.isInteger(m.version) || m.version <= previous) {
      throw new StoreError(
        "migration-list-order",
        "程序内置的数据库升级步骤顺序错误。",
        `Migration list out of order at "${m.name}" (${m.version} after ${previous}): versions must only go up.`,
      );
    }
  });
}

function checkHistory(db: WritableDb, list: readonly Migration[], current: number): void {
  const applied = db.prepare("SELECT version, name FROM schema_migrations ORDER BY version").all() as {
    version: number;
    name: string;
  }[];
  const expected = list.filter((m) => m.version <= current);
  const matches =
    applied.length === expected.length &&
    applied.every((row, i) => {
      const known = expected[i];
      return known !== undefined && row.version === known.version && row.name === known.name;
    });
  if (!matches) {
    throw new StoreError(
      "migration-history-mismatch",
      "数据库的升级记录与程序不一致，请联系技术支持，切勿删除数据。",
      `Applied migrations [${applied.map((r) => `${r.version}:${r.name}`).join(", ")}] are not a prefix of the known list; refusing to continue.`,
    );
  }
}
