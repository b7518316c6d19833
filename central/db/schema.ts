/**
 * Row types of the central database, mirroring the migrations exactly.
 *
 * Why text timestamps and JSON as text: the same column types and the same queries must work on
 * SQLite and PostgreSQL; ISO-8601 UTC strings sort and compare correctly on both.
 */
import type { Insertable, Selectable } from "kysely";

export interface KiosksTable {
  id: string;
  name: string;
  site: string | null;
  /** hex SHA-256 of the bearer token; the token itself is never stored */
  token_hash: string;
  enrolled_at: string;
  /** when a fleet manager revoked the kiosk; its tokens answer 401 from then on */
  revoked_at: string | null;
  /** hex SHA-256 of a rotated token not used yet; its first use retires token_hash */
  next_token_hash: string | null;
  /** the app version the kiosk last reported running, and one it has downloaded but not installed */
  app_version: string | null;
  app_version_pending: string | null;
  /** district for config layers (e.g. "鼓楼区"); null = none */
  district: string | null;
}

export interface EnrollmentCodesTable {
  /** hex SHA-256 of the code */
  code_hash: string;
  site: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  used_by: string | null;
}

export interface SubmissionsTable {
  kiosk_id: string;
  id: string;
  service_id: string;
  /** keyed hash (privacy/sealer.ts) of the SHA-256 of the body's canonical JSON: same key + other body → 422 */
  body_hash: string;
  status: string;
  tracking_no: string;
  /** the reply body exactly as first sent, replayed byte for byte; sealed */
  reply_sealed: string;
  /** identity, answers and photos as JSON, sealed; "" once purged by the retention job */
  data_sealed: string;
  created_at: string;
  received_at: string;
  purged_at: string | null;
}

export interface DecisionsTable {
  kiosk_id: string;
  submission_id: string;
  rule_set: string;
  outcome: string;
  /** sealed JSON */
  reasons_sealed: string;
  decided_at: string;
  /** JSON list of the answers' field names read from a photographed document; null for none. */
  document_fields?: string | null;
}

/** One row per (service, subject) already granted, so a child is never enrolled twice. */
export interface GrantsTable {
  service_id: string;
  /** keyed hash of the subject (e.g. a birth certificate number), never the number itself */
  subject_key: string;
  kiosk_id: string;
  submission_id: string;
  granted_at: string;
}

/** When a background job's last pass was claimed (ISO time), by whichever process claimed it. */
export interface JobClaimsTable {
  name: string;
  claimed_at: string;
}

/** Named monotonic counters (tracking numbers, queue tickets, config versions). */
export interface CountersTable {
  name: string;
  value: number;
}

export interface TicketsTable {
  centre_id: string;
  department_id: string;
  day: string;
  seq: number;
  ticket_no: string;
  kiosk_id: string;
  issued_at: string;
}

/** One row per kiosk, updated in place by every heartbeat; the columns the fleet list filters on. */
export interface HeartbeatsLatestTable {
  kiosk_id: string;
  received_at: string;
  interval_seconds: number;
  body_json: string;
  app_version: string;
  config_version: number;
  /** ok | near-end | out */
  paper: string;
  /** 1 when fleet/device-state.ts needsAttention() held for the latest heartbeat */
  attention: number;
  /** when the kiosk counts as offline unless heard again (received_at + 3 intervals) */
  offline_at: string;
  /** fleet/device-state.ts stateSignature() of the latest heartbeat, to spot a change */
  state_sig: string;
}

/** A kiosk's heartbeat, kept only when its device state differed from the one before. */
export interface HeartbeatChangesTable {
  kiosk_id: string;
  received_at: string;
  body_json: string;
}

/**
 * The fleet over time in 5-minute buckets, for charts. Gauges (kiosks … paper_out) are sampled
 * from the latest states; submissions, approved and rejected are counted from submissions
 * received in the bucket. Null = not sampled.
 */
export interface FleetBucketsTable {
  /** start of the bucket, ISO */
  bucket_at: string;
  kiosks: number | null;
  online: number | null;
  attention: number | null;
  paper_ok: number | null;
  paper_near_end: number | null;
  paper_out: number | null;
  submissions: number | null;
  approved: number | null;
  rejected: number | null;
}

export interface ConfigVersionsTable {
  version: number;
  /** null = every kiosk */
  site: string | null;
  config_json: string;
  created_at: string;
  expires_at: string;
  created_by: string;
  /** "global", "district:<name>", "site:<id>" or "kiosk:<id>" */
  layer: string | null;
  /** set while the layer reaches kiosks through a staged rollout */
  rollout_id: string | null;
}

export interface ManagersTable {
  id: string;
  username: string;
  /** argon2id (PHC string) */
  password_hash: string;
  /** viewer | operator | admin */
  role: string;
  created_at: string;
  disabled_at: string | null;
}

export interface ManagerSessionsTable {
  /** hex SHA-256 of the session token; the token itself is never stored */
  token_hash: string;
  manager_id: string;
  created_at: string;
  expires_at: string;
  ended_at: string | null;
}

export interface RolloutsTable {
  id: string;
  kind: string;
  layer: string;
  config_version: number | null;
  app_version: string | null;
  groups_json: string;
  group_index: number;
  status: string;
  status_reason: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface AlertDeliveriesTable {
  /** "<alert id>:<event>" */
  id: string;
  alert_id: string;
  event: string;
  attempts: number;
  next_at: string;
  delivered_at: string | null;
  last_error: string | null;
}

export interface AuditTable {
  id: string;
  at: string;
  actor: string;
  action: string;
  detail_json: string;
}

/** One counter per rate-limit key (e.g. `enroll:203.0.113.7`) and its window's end. */
export interface RateLimitsTable {
  key: string;
  hits: number;
  reset_at: string;
}

/** One row per query a kiosk made; the ID number only as a keyed hash and masked. */
export interface QueryAuditTable {
  id: string;
  at: string;
  kiosk_id: string;
  service_id: string;
  /** HMAC-SHA-256 of the ID number under a key kept outside the database */
  resident_hash: string;
  /** `3501**********123X` */
  resident_masked: string;
  /** answered | name_mismatch | failed | limited | unknown_service | unavailable | identity_required */
  outcome: string;
}

/** Events a fleet manager should see (e.g. a kiosk over its query limit). */
export interface AlertsTable {
  id: string;
  at: string;
  kind: string;
  kiosk_id: string | null;
  detail_json: string;
  /** when the condition cleared; null while open */
  resolved_at: string | null;
  /** "warning" | "critical" */
  severity: string;
}

/** One row (slot 1): the fingerprint of the data key that seals this database (privacy/key-check.ts). */
export interface DataKeyTable {
  slot: number;
  key_id: string;
  created_at: string;
}

/** One file of an app release; the bytes are in the data folder (central/updates/release-files.ts). */
export interface AppReleasesTable {
  channel: string;
  version: string;
  name: string;
  platform: string;
  /** base64 SHA-512 of the file, as the update feed lists it */
  sha512: string;
  /** bytes; bigint on PostgreSQL comes back as a string */
  size: number | string;
  published_at: string;
}

/** One support packet from a kiosk's maintenance menu; note and packet sealed (privacy/sealer.ts). */
export interface SupportPacketsTable {
  id: string;
  kiosk_id: string;
  received_at: string;
  size_bytes: number;
  note_sealed: string | null;
  packet_sealed: string;
}

/** A fleet manager's request of one kiosk (central/requests/); at most one pending per kind. */
export interface KioskRequestsTable {
  id: string;
  kiosk_id: string;
  /** "support-packet" | "token-rotation" */
  kind: string;
  requested_at: string;
  requested_by: string;
  done_at: string | null;
  /** The support packet that answered a support-packet request. */
  packet_id: string | null;
}

/** One payment order per kiosk submission (payments/orders.ts); no identity is kept with it. */
export interface PaymentOrdersTable {
  id: string;
  kiosk_id: string;
  submission_id: string;
  service_id: string;
  amount_fen: number;
  /** JSON of the bilingual description. */
  description: string;
  state: string;
  provider: string;
  provider_order_id: string;
  qr_payload: string;
  created_at: string;
  expires_at: string;
  settled_at: string | null;
  transaction_no: string | null;
}

/** The payment simulator's own ledger (payments/simulator.ts), as a real provider would keep. */
export interface SimPaymentsTable {
  id: string;
  /** Unguessable part of the pay page's address. */
  token: string;
  amount_fen: number;
  description: string;
  state: string;
  created_at: string;
  expires_at: string;
  settled_at: string | null;
  transaction_no: string | null;
}

/** A reference number texted to a resident (one per submission); the number only masked. */
export interface SmsMessagesTable {
  kiosk_id: string;
  id: string;
  submission_id: string;
  phone_masked: string;
  locale: string;
  /** sending | sent | failed */
  state: string;
  provider: string;
  provider_ref: string | null;
  created_at: string;
  sent_at: string | null;
}

/** What the SMS simulator "sent", for `npm run sim -- sms`. */
export interface SimSmsTable {
  id: string;
  phone_masked: string;
  text: string;
  sent_at: string;
}

export interface CentralSchema {
  kiosks: KiosksTable;
  enrollment_codes: EnrollmentCodesTable;
  submissions: SubmissionsTable;
  decisions: DecisionsTable;
  grants: GrantsTable;
  counters: CountersTable;
  job_claims: JobClaimsTable;
  tickets: TicketsTable;
  heartbeats_latest: HeartbeatsLatestTable;
  heartbeat_changes: HeartbeatChangesTable;
  fleet_buckets: FleetBucketsTable;
  config_versions: ConfigVersionsTable;
  audit: AuditTable;
  rate_limits: RateLimitsTable;
  query_audit: QueryAuditTable;
  sms_messages: SmsMessagesTable;
  sim_sms: SimSmsTable;
  alerts: AlertsTable;
  data_key: DataKeyTable;
  app_releases: AppReleasesTable;
  support_packets: SupportPacketsTable;
  kiosk_requests: KioskRequestsTable;
  managers: ManagersTable;
  manager_sessions: ManagerSessionsTable;
  rollouts: RolloutsTable;
  alert_deliveries: AlertDeliveriesTable;
  payment_orders: PaymentOrdersTable;
  sim_payments: SimPaymentsTable;
}

export type KioskRow = Selectable<KiosksTable>;
export type SubmissionRow = Selectable<SubmissionsTable>;
export type NewSubmission = Insertable<SubmissionsTable>;
export type ConfigVersionRow = Selectable<ConfigVersionsTable>;
export type ManagerRow = Selectable<ManagersTable>;
export type RolloutRow = Selectable<RolloutsTable>;
