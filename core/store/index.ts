/** The kiosk's local store: see core/store/README.md for the layout and how to add a migration. */
export * from "./config-history";
export { DatabaseCorruptError, DatabaseTooNewError, DiskFullError, StoreError } from "./errors";
export * from "./events";
export type { ReadableDb, WritableDb } from "./handles";
export * from "./identity";
export { fileKeyProvider, type KeyProvider, type KeySealer, sealedFileKeyProvider } from "./keys";
export { type KioskStore, type KioskStoreOptions, openKioskStore, type StoreRecovery } from "./kiosk-store";
export { getValue, kvKeys, setValue } from "./kv";
export { type MigrationReport, migrate, userVersion } from "./migrate";
export { openDatabase } from "./open";
export * from "./outbox-store";
export * from "./receipts";
export type * from "./rows";
export { Sealer } from "./seal";
