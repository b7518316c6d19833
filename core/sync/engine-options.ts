import type { SupportPacket } from "../../central/protocol";
import type { KioskStore } from "../store/kiosk-store";
import type { ParkedItem, RejectedItem } from "../store/outbox-store";
import type { Clock } from "../clock";
import type { BackoffOptions } from "./backoff";
import type { HeartbeatSources } from "./heartbeat";
import type { ParkLimits } from "./park-limits";
import type { RemoteRequestOutcome } from "./remote-requests";

/*
 * The sync engine's contract with the code that builds and watches it: what it is given and what
 * it reports. Apart from engine.ts, which is the behaviour behind them.
 */

/** Options for `SyncEngine`. */
export interface SyncEngineOptions {
  /** The opened kiosk store (the engine never closes it); no default. */
  store: KioskStore;
  /** The app's version, sent with every heartbeat; no default. */
  appVersion: string;
  /** Device health for the heartbeat; default every device "unknown". */
  deviceHealth?: HeartbeatSources["deviceHealth"];
  /** Config version currently applied (0 = none); default 0. */
  configVersion?: () => number;
  /** Result of the last config apply, for the heartbeat; default none. */
  configState?: () => string | undefined;
  /** The config version that result is about; default none. */
  configApplyVersion?: () => number | undefined;
  /** sha256 of the effective config; default none. */
  configDigest?: () => string;
  /** Whether a service may be queued when the network fails; default every service may. */
  allowsOffline?: (serviceId: string) => boolean;
  /**
   * Time between heartbeats in ms; default 60000. A function is read before each heartbeat, so a
   * fleet config that changes `heartbeatSeconds` takes effect without a restart.
   */
  heartbeatIntervalMs?: number | (() => number);
  /** How long a resident's direct submit waits for the service before queueing, in ms; default 8000. */
  submitTimeoutMs?: number;
  /** Timeout of every other request (drain, heartbeat, pulls), in ms; default 15000. */
  requestTimeoutMs?: number;
  /** Largest batch upload when draining; 1 disables batching; default 100. */
  batchSize?: number;
  /** Retry delays; default 1 s doubling to 5 min, with jitter. */
  backoff?: BackoffOptions;
  /** Clock and timers; default the system clock. */
  clock?: Clock;
  /** fetch implementation; default the global fetch. */
  fetch?: typeof fetch;
  /** Days an acknowledged item's reference stays in the outbox before it is pruned; default 30. */
  keepSentDays?: number;
  /** Where background failures (a drain or heartbeat that threw) are reported; default stderr. */
  onError?: (error: unknown) => void;
  /**
   * When an item the service keeps failing (5xx…) is parked as "needs attention" so the queue
   * moves on; default 50 such failures or 24 h since the first, whichever comes first. A function
   * is asked at each decision (the kiosk passes its live config); an object is fixed.
   */
  parkAfter?: Partial<ParkLimits> | (() => ParkLimits);
  /** The app update's state for the heartbeat (core/update/); default none. */
  appUpdate?: HeartbeatSources["appUpdate"];
  /** Keys the pulled catalog must be signed by; default none (every pulled catalog is refused). */
  trustedKeys?: HeartbeatSources["trustedKeys"];
  /**
   * Builds a support packet when a fleet manager asks for one (the maintenance menu's packet);
   * read when a request comes, so it may be set up after the engine. Default none: such requests
   * are left pending for a kiosk that can answer them.
   */
  supportPacket?: () => (() => SupportPacket) | undefined;
  /** Told of each fleet manager's request the kiosk acted on, ok or not (for its audit trail); default nothing. */
  onRemoteRequest?: (outcome: RemoteRequestOutcome) => void;
}

/** What the maintenance menu and status bar show. */
export interface SyncStatus {
  enrolled: boolean;
  online: boolean;
  /** ISO-8601 of the last answer from the service, or null. */
  lastContact: string | null;
  outboxDepth: number;
  rejected: RejectedItem[];
  /** Items parked as "needs attention": they wait for a technician to retry or discard them. */
  parked: ParkedItem[];
  /** Server time minus kiosk time, from the last heartbeat. */
  serverTimeOffsetMs: number;
  /** The last retryable failure, for technicians (e.g. "HTTP 401" after a token was revoked). */
  lastError: string | null;
  /** "ok", or why the last pulled catalog was refused; null before the first pull. */
  catalogState: string | null;
}
