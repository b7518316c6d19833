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
      | "payload-unreadable",
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
