/** The heartbeat: what a kiosk reports of itself and its devices. */
import * as z from "zod";
import { isoDateTime } from "./primitives";
import { PendingKioskRequest } from "./requests";
import { AppVersion, LastAppUpdate } from "./updates";

export const DeviceState = z.enum(["ok", "busy", "offline", "error", "unknown"]);
export type DeviceState = z.infer<typeof DeviceState>;

const lastError = z.string().max(500).optional();

/**
 * Strict: a field nobody defined is refused (400), so nothing but device health is ever stored
 * from a heartbeat.
 */
export const HeartbeatDevices = z
  .strictObject({
    reader: z.strictObject({ state: DeviceState, lastError }),
    printer: z.strictObject({
      state: DeviceState,
      paper: z.enum(["ok", "near-end", "out"]),
      coverOpen: z.boolean(),
      lastError,
    }),
  })
  // Other devices (camera, scanner…) report a state and a last error, under a short device name.
  // (Loose in the type so reader and printer fit its index signature; strict by the refines.)
  .catchall(z.looseObject({ state: DeviceState, lastError }))
  .refine((d) => Object.keys(d).length <= 16, "at most 16 devices")
  .refine((d) => Object.keys(d).every((k) => /^[a-z][a-z0-9-]{0,31}$/.test(k)), "device names are kebab-case")
  .refine(
    (d) =>
      Object.entries(d).every(
        ([name, device]) =>
          name === "reader" ||
          name === "printer" ||
          Object.keys(device).every((k) => k === "state" || k === "lastError"),
      ),
    "a device reports only state and lastError",
  );
export type HeartbeatDevices = z.infer<typeof HeartbeatDevices>;

export const HeartbeatRequest = z.object({
  appVersion: z.string().min(1).max(64),
  /** Highest config version the kiosk has applied (0 = none yet). */
  configVersion: z.number().int().min(0),
  catalogVersion: z.string().max(128).optional(),
  devices: HeartbeatDevices,
  outboxDepth: z.number().int().min(0),
  rejectedCount: z.number().int().min(0).optional(),
  /** Result of the last config apply, e.g. "ok", "config_stale", "rolled_back". */
  configState: z.string().max(64).optional(),
  /** Seconds between heartbeats, so the service knows when the kiosk counts as offline. */
  intervalSeconds: z.number().int().min(1).max(86_400).optional(),
  /** Outbox items parked as "needs attention" after failing too long; they wait for a technician. */
  parkedCount: z.number().int().min(0).optional(),
  /** "ok", or why the last pulled catalog was refused (e.g. "rejected:untrusted-signature"). */
  catalogState: z.string().max(64).optional(),
  /** An app version downloaded and verified, waiting for the residents' sessions to end. */
  pendingAppVersion: AppVersion.optional(),
  /** The last app update this kiosk tried, and whether it stayed or was rolled back. */
  lastAppUpdate: LastAppUpdate.optional(),
  /** The config version `configState` is about, so a rollout can tell its own failure apart. */
  configApplyVersion: z.number().int().min(0).optional(),
  /** sha256 (hex) of the effective config's canonical JSON, for drift checks and the console. */
  configDigest: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});
export type HeartbeatRequest = z.infer<typeof HeartbeatRequest>;

export const HeartbeatReply = z.object({
  serverTime: isoDateTime,
  /** Version of the config the kiosk should run (0 = none published). */
  desiredConfigVersion: z.number().int().min(0),
  catalogVersion: z.string(),
  /** Seconds between heartbeats that the service expects. */
  heartbeatIntervalSeconds: z.number().int().min(1),
  /**
   * What a fleet manager asked of this kiosk and it has not done yet (absent: nothing, or an older
   * central). The kind is read as any short text so a kind added later never fails an older
   * kiosk's heartbeat; the kiosk ignores kinds it does not know.
   */
  requests: z
    .array(PendingKioskRequest.extend({ kind: z.string().min(1).max(64) }))
    .max(16)
    .optional(),
});
export type HeartbeatReply = z.infer<typeof HeartbeatReply>;
