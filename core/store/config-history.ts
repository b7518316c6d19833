import type { ReadableDb, WritableDb } from "./handles";
import type { ConfigHistoryRow, ConfigStatus } from "./rows";

/** Records a bundle as received (or updates its status if the version is already known). */
export function recordConfigBundle(
  db: WritableDb,
  entry: { version: number; bundle: string; receivedAt: string; status: ConfigStatus; detail?: string },
): void {
  db.prepare(
    `INSERT INTO config_history (version, bundle, received_at, status, detail) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (version) DO UPDATE SET bundle = excluded.bundle, status = excluded.status,
       detail = excluded.detail`,
  ).run(entry.version, entry.bundle, entry.receivedAt, entry.status, entry.detail ?? null);
}

/** Moves a version to a new status; `applied_at` is set when it becomes applied. */
export function setConfigStatus(
  db: WritableDb,
  version: number,
  status: ConfigStatus,
  at: string,
  detail?: string,
): void {
  db.prepare(
    `UPDATE config_history SET status = ?, detail = ?,
       applied_at = CASE WHEN ? = 'applied' THEN ? ELSE applied_at END
     WHERE version = ?`,
  ).run(status, detail ?? null, status, at, version);
}

export function getConfigVersion(db: ReadableDb, version: number): ConfigHistoryRow | undefined {
  return db.prepare("SELECT * FROM config_history WHERE version = ?").get(version) as
    | ConfigHistoryRow
    | undefined;
}

/** The last good config: the newest committed version, if any. */
export function latestCommittedConfig(db: ReadableDb): ConfigHistoryRow | undefined {
  return db
    .prepare("SELECT * FROM config_history WHERE status = 'committed' ORDER BY version DESC LIMIT 1")
    .get() as ConfigHistoryRow | undefined;
}

export function listConfigHistory(db: ReadableDb, limit: number): ConfigHistoryRow[] {
  return db
    .prepare("SELECT * FROM config_history ORDER BY version DESC LIMIT ?")
    .all(limit) as ConfigHistoryRow[];
}

/** The highest config version whose signature was ever accepted (0 before the first). */
export function highestTrustedVersion(db: ReadableDb): number {
  const row = db.prepare("SELECT highest_version FROM config_trust WHERE id = 1").get() as
    | { highest_version: number }
    | undefined;
  return row?.highest_version ?? 0;
}

/** Raises (never lowers) the trusted version: rollback protection survives any later write. */
export function raiseTrustedVersion(db: WritableDb, version: number): number {
  db.prepare("UPDATE config_trust SET highest_version = max(highest_version, ?) WHERE id = 1").run(version);
  return highestTrustedVersion(db);
}
