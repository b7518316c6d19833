/**
 * The kiosk ↔ central wire contract, as zod schemas (described as OpenAPI by central/openapi.ts).
 *
 * Both sides import this one file so they cannot disagree: the central service validates every
 * request with it, the kiosk's sync client validates every reply with it. It imports only zod
 * because it runs inside the kiosk (and may be bundled for the page): nothing server-side here.
 */
import * as z from "zod";

// ── routes and headers ─────────────────────────────────────────────────────

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
  fleetKioskHeartbeats: "/v1/fleet/kiosks/:id/heartbeats",
  fleetConfig: "/v1/fleet/config",
  fleetKioskRevoke: "/v1/fleet/kiosks/:id/revoke",
  fleetKioskQueries: "/v1/fleet/kiosks/:id/queries",
  fleetAlerts: "/v1/fleet/alerts",
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

// ── shared pieces ──────────────────────────────────────────────────────────

const isoDateTime = z.iso.datetime({ offset: true });
const shortText = z.string().min(1).max(200);

/** A reason or an error, in words a resident (zh) or technician (en) can read. */
export const Reason = z.object({
  code: z.string().min(1).max(64),
  zh: z.string(),
  en: z.string(),
});
export type Reason = z.infer<typeof Reason>;

/** Body of every 4xx/5xx reply of the central service. */
export const ErrorReply = z.object({ error: Reason });
export type ErrorReply = z.infer<typeof ErrorReply>;

/** A text in both languages of the kiosk UI. */
export const BilingualText = z.object({ "zh-CN": z.string(), en: z.string() });
export type BilingualText = z.infer<typeof BilingualText>;

/** The resident's identity as read from the ID card (synthetic in every test). */
export const Identity = z.object({
  name: z.string().min(1).max(100),
  idNumber: z.string().min(1).max(32),
  /** YYYY-MM-DD */
  birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  sex: z.string().min(1).max(16),
  cardType: z.string().min(1).max(32),
});
export type Identity = z.infer<typeof Identity>;

// ── enrollment ─────────────────────────────────────────────────────────────

export const EnrollRequest = z.object({
  code: z.string().min(1).max(64),
  name: shortText,
});
export type EnrollRequest = z.infer<typeof EnrollRequest>;

export const EnrollReply = z.object({
  kioskId: z.string().min(1),
  /** Bearer token for every other /v1 route; shown once, stored hashed by the service. */
  token: z.string().min(1),
});
export type EnrollReply = z.infer<typeof EnrollReply>;

/**
 * `POST /v1/token/rotate` (authenticated with the current token): a new token for the kiosk. The
 * old one keeps working until the new one is first used, so a reply lost on the way costs
 * nothing: the kiosk asks again with the old token.
 */
export const TokenRotateReply = z.object({ kioskId: z.string().min(1), token: z.string().min(1) });
export type TokenRotateReply = z.infer<typeof TokenRotateReply>;

// ── submissions ────────────────────────────────────────────────────────────

export const AnswerValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export type AnswerValue = z.infer<typeof AnswerValue>;

export const SubmissionData = z.object({
  answers: z.record(z.string().max(64), AnswerValue),
  identity: Identity.optional(),
  photos: z
    .array(z.object({ mime: z.string().min(1).max(64), base64: z.string() }))
    .max(6)
    .optional(),
  anonymous: z.boolean().optional(),
});
export type SubmissionData = z.infer<typeof SubmissionData>;

export const SubmissionRequest = z.object({
  /** Made on the kiosk; also the Idempotency-Key. */
  id: z.uuid(),
  serviceId: z.string().min(1).max(100),
  data: SubmissionData,
  createdAt: isoDateTime,
});
export type SubmissionRequest = z.infer<typeof SubmissionRequest>;

export const SubmissionStatus = z.enum(["accepted", "approved", "rejected", "pending"]);
export type SubmissionStatus = z.infer<typeof SubmissionStatus>;

export const SubmissionReply = z.object({
  id: z.uuid(),
  serviceId: z.string(),
  status: SubmissionStatus,
  /** Reference number shown and printed for the resident, e.g. "FZ20261127-000042". */
  trackingNo: z.string(),
  /** Why a 秒批 service was approved or rejected. */
  reasons: z.array(Reason).optional(),
  /** Code the resident uses to collect a result (approved 秒批 services only). */
  claimCode: z.string().optional(),
  /** When the service first received it. */
  receivedAt: isoDateTime,
});
export type SubmissionReply = z.infer<typeof SubmissionReply>;

export const BatchRequest = z.object({
  items: z.array(SubmissionRequest).min(1).max(MAX_BATCH_ITEMS),
});
export type BatchRequest = z.infer<typeof BatchRequest>;

/**
 * One item's result in a batch: `status` is the HTTP status the item would have had alone
 * (201 new, 200 replayed, 422 …), so `classifyResponse(status)` applies per item.
 */
export const BatchItemResult = z.object({
  id: z.string(),
  status: z.number().int(),
  replayed: z.boolean(),
  reply: SubmissionReply.optional(),
  error: Reason.optional(),
});
export type BatchItemResult = z.infer<typeof BatchItemResult>;

export const BatchReply = z.object({ results: z.array(BatchItemResult) });
export type BatchReply = z.infer<typeof BatchReply>;

// ── health ─────────────────────────────────────────────────────────────────

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
          name === "reader" || name === "printer" || Object.keys(device).every((k) => k === "state" || k === "lastError"),
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
});
export type HeartbeatRequest = z.infer<typeof HeartbeatRequest>;

export const HeartbeatReply = z.object({
  serverTime: isoDateTime,
  /** Version of the config the kiosk should run (0 = none published). */
  desiredConfigVersion: z.number().int().min(0),
  catalogVersion: z.string(),
  /** Seconds between heartbeats that the service expects. */
  heartbeatIntervalSeconds: z.number().int().min(1),
});
export type HeartbeatReply = z.infer<typeof HeartbeatReply>;

// ── reference data ─────────────────────────────────────────────────────────

/**
 * One service definition as data. The kiosk validates each against kiosk-config's own schema;
 * the contract only promises an id, so the catalog format can grow without a protocol change.
 */
export const CatalogService = z.looseObject({ id: z.string().min(1) });
export type CatalogService = z.infer<typeof CatalogService>;

export const CatalogReply = z.object({
  /** Content hash of the services; also the ETag (quoted). */
  version: z.string(),
  services: z.array(CatalogService),
});
export type CatalogReply = z.infer<typeof CatalogReply>;

/** One Ed25519 signature: `keyid` names the key, `sig` is base64 over the canonical JSON. */
export const Signature = z.object({ keyid: z.string().min(1), sig: z.string().min(1) });
export type Signature = z.infer<typeof Signature>;

/**
 * `GET /v1/catalog` as served: the catalog plus signatures by the config-signing key, each over
 * `canonicalJson({ version, services })`. The questions residents are asked travel in it, so the
 * kiosk uses a catalog only when a key it trusts signed it (as for config bundles).
 */
export const SignedCatalogReply = CatalogReply.extend({ signatures: z.array(Signature).min(1) });
export type SignedCatalogReply = z.infer<typeof SignedCatalogReply>;

export const SignedConfig = z.object({
  version: z.number().int().min(1),
  expires: isoDateTime,
  kiosk: z.string(),
  config: z.record(z.string(), z.unknown()),
});
export type SignedConfig = z.infer<typeof SignedConfig>;

/**
 * A signed config bundle. Each `sig` is base64 Ed25519 over the UTF-8 bytes of
 * `canonicalJson(signed)`; `keyid` is the first 16 hex digits of the SHA-256 of the public key's
 * SPKI DER encoding.
 */
export const SignedConfigBundle = z.object({
  signed: SignedConfig,
  signatures: z.array(Signature).min(1),
});
export type SignedConfigBundle = z.infer<typeof SignedConfigBundle>;

/**
 * JSON with object keys sorted at every depth and no whitespace: the bytes that are signed.
 *
 * Why: JSON.stringify keeps insertion order, which differs between the signer and a verifier that
 * re-parsed the bundle. Values that JSON cannot carry (undefined, functions) are dropped from
 * objects as JSON.stringify does; non-finite numbers are refused rather than silently nulled.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === "boolean" || typeof value === "string") {
    return JSON.stringify(value);
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError("canonicalJson: non-finite number");
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((v: unknown) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && typeof v !== "function")
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  throw new TypeError(`canonicalJson: cannot encode ${typeof value}`);
}

// ── queue tickets ──────────────────────────────────────────────────────────

export const TicketRequest = z.object({
  centreId: z.string().min(1).max(64),
  departmentId: z.string().min(1).max(64),
});
export type TicketRequest = z.infer<typeof TicketRequest>;

export const TicketReply = z.object({
  /** e.g. "A012": the department's letter and a per-day sequence. */
  ticketNo: z.string(),
  centreId: z.string(),
  departmentId: z.string(),
  waitingAhead: z.number().int().min(0),
  issuedAt: isoDateTime,
});
export type TicketReply = z.infer<typeof TicketReply>;

// ── query services ─────────────────────────────────────────────────────────

export const QueryRequest = z.object({
  identity: Identity,
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
});
export type QueryRequest = z.input<typeof QueryRequest>;

export const QueryRow = z.object({ label: BilingualText, value: z.string() });
export type QueryRow = z.infer<typeof QueryRow>;

/** Shown and printed on the kiosk, never stored there nor by the service. */
export const QueryReply = z.object({
  serviceId: z.string(),
  rows: z.array(QueryRow),
  asOf: isoDateTime,
});
export type QueryReply = z.infer<typeof QueryReply>;

// ── retry rule ─────────────────────────────────────────────────────────────

/** What the kiosk does with a reply: keep it, retry later with backoff, or drop as rejected. */
export type ResponseClass = "ok" | "retry" | "reject";

/**
 * The contract's retry rule: network errors, 408, 429 and 5xx are retried; any other 4xx is a
 * rejection that leaves the queue with its reason; 2xx and 304 are fine. Other 1xx/3xx never
 * come from the service, so they are treated as a broken intermediary and retried.
 */
export function classifyResponse(status: number | "network-error"): ResponseClass {
  if (status === "network-error") return "retry";
  if ((status >= 200 && status < 300) || status === 304) return "ok";
  if (status === 408 || status === 429) return "retry";
  if (status >= 400 && status < 500) return "reject";
  return "retry";
}
