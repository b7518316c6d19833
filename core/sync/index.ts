/** The kiosk's sync engine: see core/sync/README.md. */
export { type BackoffOptions, backoffDelay } from "./backoff";
export type { DrainReport } from "./drain";
export { SyncEngine, type SyncEngineOptions, type SyncStatus } from "./engine";
export type { EnrollRequest } from "./enroll";
export { SyncError, type SyncErrorCode } from "./errors";
export type { SettledSubmission, SyncEventMap, SyncEventName } from "./events";
export { cachedCatalog, unknownDevices } from "./heartbeat";
export { localTrackingNo, type SubmitResult } from "./submit";
