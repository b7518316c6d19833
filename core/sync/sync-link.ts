import type { SyncEngine } from "./engine";

/**
 * The sync engine as the runtime and the maintenance actions use it: online state, submissions,
 * a forced drain, and a technician's retry or discard of a parked item. Its own file so both can
 * name it without importing each other.
 */
export type SyncLink = Pick<
  SyncEngine,
  "status" | "on" | "submit" | "syncNow" | "retryParked" | "discardParked"
>;
