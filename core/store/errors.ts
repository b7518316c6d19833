/**
 * Errors a technician may see in the maintenance menu or the logs, in plain Chinese and English.
 */
export class StoreError extends Error {
  constructor(
    /** Stable code the maintenance menu can act on. */
    readonly code:
      | "database-too-new"
      | "unknown-schema-version"
      | "migration-history-mismatch"
      | "migration-list-order"
      | "key-unavailable"
      | "payload-unreadable"
      | "database-corrupt"
      | "disk-full",
    /** Plain Chinese for the technician. */
    readonly messageZh: string,
    /** Plain English for the technician and the logs. */
    messageEn: string,
  ) {
    super(messageEn);
    this.name = "StoreError";
  }
}

/**
 * The database was written by a newer version of the app (a rollback happened).
 *
 * We refuse it instead of guessing, so older code never damages data written by newer code.
 */
export class DatabaseTooNewError extends StoreError {
  constructor(
    readonly databaseVersion: number,
    readonly appVersion: number,
  ) {
    super(
      "database-too-new",
      `本机数据库版本 ${databaseVersion} 比程序支持的版本 ${appVersion} 更新，请升级程序，切勿删除数据。`,
      `The kiosk database is at schema version ${databaseVersion}, newer than this app supports (${appVersion}). Upgrade the app; do not delete the data.`,
    );
    this.name = "DatabaseTooNewError";
  }
}

/** The database file is damaged (not a database, or it fails SQLite's integrity check). */
export class DatabaseCorruptError extends StoreError {
  constructor(detail: string) {
    super("database-corrupt", "本机数据库文件已损坏。", `The kiosk database is damaged: ${detail}`);
    this.name = "DatabaseCorruptError";
  }
}

/** The disk (or the database's size limit) is full: nothing was written. */
export class DiskFullError extends StoreError {
  constructor() {
    super(
      "disk-full",
      "本机存储空间已满，这次申请没有保存。请到人工窗口办理，或稍后再试。",
      "The kiosk's storage is full; nothing was saved. Please use a staffed counter or try again later.",
    );
    this.name = "DiskFullError";
  }
}

/** SQLite's answer when a write needs space it cannot get. */
export function isDiskFull(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "SQLITE_FULL";
}

/** SQLite's answers for a damaged file. */
export function isCorruption(error: unknown): boolean {
  if (error instanceof DatabaseCorruptError) return true;
  return (
    error instanceof Error &&
    "code" in error &&
    (error.code === "SQLITE_CORRUPT" || error.code === "SQLITE_NOTADB")
  );
}
