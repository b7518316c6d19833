/** Route paths, headers and size limits of the kiosk ↔ central contract. */

/** Every route path of the contract; `:id` / `:serviceId` are path parameters. */
export const ROUTES = {
  healthz: "/healthz",
  metrics: "/metrics",
  openapi: "/openapi.json",
  enroll: "/v1/enroll",
  submissions: "/v1/submissions",
  submission: "/v1/submissions/:id",
  submissionsBatch: "/v1/submissions/batch",
  heartbeat: "/v1/heartbeat",
  catalog: "/v1/catalog",
  config: "/v1/config",
  tickets: "/v1/tickets",
  query: "/v1/queries/:serviceId",
  tokenRotate: "/v1/token/rotate",
  fleetEnrollmentCodes: "/v1/fleet/enrollment-codes",
  fleetKiosks: "/v1/fleet/kiosks",
  fleetSummary: "/v1/fleet/summary",
  fleetSeries: "/v1/fleet/series",
  fleetKioskHeartbeats: "/v1/fleet/kiosks/:id/heartbeats",
  fleetConfig: "/v1/fleet/config",
  fleetKioskRevoke: "/v1/fleet/kiosks/:id/revoke",
  fleetKioskQueries: "/v1/fleet/kiosks/:id/queries",
  fleetAlerts: "/v1/fleet/alerts",
  updatesFeed: "/v1/updates/:channel/:feed",
  updatesFile: "/v1/updates/:channel/:version/:name",
  fleetReleases: "/v1/fleet/releases",
} as const;

/** `GET /v1/submissions/:id` for one id. */
export const submissionPath = (id: string): string => `/v1/submissions/${encodeURIComponent(id)}`;
/** `POST /v1/queries/:serviceId` for one service. */
export const queryPath = (serviceId: string): string => `/v1/queries/${encodeURIComponent(serviceId)}`;

/** Request header carrying the submission id; must equal `body.id`. */
export const IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
/** Reply header set to "true" when a stored reply is replayed for a repeated submission. */
export const IDEMPOTENT_REPLAYED_HEADER = "Idempotent-Replayed";
/** Largest accepted submission body, in bytes (larger → 413). */
export const MAX_SUBMISSION_BYTES = 1024 * 1024;
/** Largest number of items in one batch upload. */
export const MAX_BATCH_ITEMS = 100;
/** Largest batch body, in bytes (each item is still held to MAX_SUBMISSION_BYTES). */
export const MAX_BATCH_BYTES = 16 * 1024 * 1024;
/** Largest body of every other route, in bytes (larger → 413). */
export const MAX_BODY_BYTES = 64 * 1024;
/** Deepest nesting of any JSON body (deeper → 400); the deepest real body, a batch, needs 6. */
export const MAX_JSON_DEPTH = 16;
