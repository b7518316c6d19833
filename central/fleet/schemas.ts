/**
 * Fleet-manager routes (/v1/fleet/...): request and reply schemas. Server-side only — kiosks never
 * call these — so they live here rather than in protocol.ts.
 */
import * as z from "zod";
import { HeartbeatRequest } from "../protocol";

export const EnrollmentCodeCreateRequest = z.object({
  /** Site the kiosk will belong to; default none. */
  site: z.string().min(1).max(64).optional(),
  /** Hours until the code expires; default 72. */
  ttlHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .optional(),
});
export type EnrollmentCodeCreateRequest = z.infer<typeof EnrollmentCodeCreateRequest>;

export const EnrollmentCodeReply = z.object({
  code: z.string(),
  site: z.string().nullable(),
  expiresAt: z.string(),
});
export type EnrollmentCodeReply = z.infer<typeof EnrollmentCodeReply>;

export const FleetKiosk = z.object({
  id: z.string(),
  name: z.string(),
  site: z.string().nullable(),
  enrolledAt: z.string(),
  lastSeen: z.string().nullable(),
  /** False once the kiosk has been silent for three of its heartbeat intervals. */
  online: z.boolean(),
  /** When the kiosk was revoked (its tokens get 401; the summary no longer counts it), or null. */
  revokedAt: z.string().nullable(),
  health: HeartbeatRequest.nullable(),
});
export type FleetKiosk = z.infer<typeof FleetKiosk>;

export const FleetKiosksReply = z.object({
  kiosks: z.array(FleetKiosk),
  /** Pass as `?after=` for the next page; null (or absent from older services) on the last. */
  next: z.string().nullable().optional(),
});
export type FleetKiosksReply = z.infer<typeof FleetKiosksReply>;

/** Site and district names: letters, digits, CJK and dashes (so no LIKE wildcard gets through). */
const placeName = z.string().regex(/^[\p{L}\p{N}-]{1,64}$/u, "letters, digits and dashes only");

/** `GET /v1/fleet/kiosks` query: one page, in enrollment order, optionally filtered. */
export const FleetKiosksQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  /** The `next` of the previous page. */
  after: z.string().min(1).max(1024).optional(),
  site: placeName.optional(),
  /** Sites named `<district>-<place>` belong to the district. */
  district: placeName.optional(),
  /** online | offline (heard, then silent for three intervals) | never | attention (latest heartbeat reported a problem) */
  status: z.enum(["online", "offline", "never", "attention"]).optional(),
  /** App version reported by the latest heartbeat. */
  version: z.string().min(1).max(64).optional(),
});

export const FleetSummaryReply = z.object({
  kiosks: z.number().int(),
  online: z.number().int(),
  offline: z.number().int(),
  never: z.number().int(),
  attention: z.number().int(),
});
export type FleetSummaryReply = z.infer<typeof FleetSummaryReply>;

export const SERIES_STEPS = { "5m": 5 * 60_000, "1h": 60 * 60_000, "1d": 24 * 60 * 60_000 } as const;

/** `GET /v1/fleet/series` query: [from, to) at most 31 days, default the last 24 hours. */
export const FleetSeriesQuery = z
  .object({
    from: z.iso.datetime().optional(),
    to: z.iso.datetime().optional(),
    step: z.enum(["5m", "1h", "1d"]).default("5m"),
  })
  .refine(
    (q) => q.from === undefined || q.to === undefined || Date.parse(q.from) < Date.parse(q.to),
    "from must be before to",
  );

/**
 * One point of the fleet chart. Gauges (kiosks, online, attention, paper) are the mean of the
 * 5-minute samples in the step, rounded; counts (submissions, approved, rejected) are summed.
 * Null where nothing was sampled. 秒批 approval rate = approved / (approved + rejected).
 */
export const FleetSeriesPoint = z.object({
  at: z.string(),
  kiosks: z.number().nullable(),
  online: z.number().nullable(),
  attention: z.number().nullable(),
  paper: z.object({ ok: z.number().nullable(), nearEnd: z.number().nullable(), out: z.number().nullable() }),
  submissions: z.number().nullable(),
  approved: z.number().nullable(),
  rejected: z.number().nullable(),
});
export const FleetSeriesReply = z.object({
  from: z.string(),
  to: z.string(),
  step: z.enum(["5m", "1h", "1d"]),
  points: z.array(FleetSeriesPoint),
});
export type FleetSeriesReply = z.infer<typeof FleetSeriesReply>;

/** `GET /v1/fleet/kiosks/:id/heartbeats` query. */
export const HeartbeatHistoryQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  /** The `next` of the previous page. */
  before: z.string().min(1).max(1024).optional(),
});

/** A kiosk's heartbeats that changed its device state, newest first. */
export const HeartbeatHistoryReply = z.object({
  heartbeats: z.array(z.object({ receivedAt: z.string(), health: z.unknown() })),
  next: z.string().nullable(),
});
export type HeartbeatHistoryReply = z.infer<typeof HeartbeatHistoryReply>;

export const ConfigPublishRequest = z.object({
  /** A fleet layer of kiosk-config's KioskConfig (any subset of its keys). */
  config: z.record(z.string(), z.unknown()),
  /** Only kiosks enrolled for this site receive it; default every kiosk. */
  site: z.string().min(1).max(64).optional(),
  /** Days until kiosks treat the bundle as stale; default 30. */
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});
export type ConfigPublishRequest = z.infer<typeof ConfigPublishRequest>;

export const ConfigPublishReply = z.object({
  version: z.number().int(),
  site: z.string().nullable(),
  expiresAt: z.string(),
});
export type ConfigPublishReply = z.infer<typeof ConfigPublishReply>;

export const KioskRevokeReply = z.object({ kioskId: z.string(), revokedAt: z.string() });
export type KioskRevokeReply = z.infer<typeof KioskRevokeReply>;

export const FleetAlert = z.object({
  id: z.string(),
  at: z.string(),
  /** e.g. "query-limit": a kiosk asked about more distinct residents than its limit allows */
  kind: z.string(),
  kioskId: z.string().nullable(),
  detail: z.unknown(),
  /** "warning" | "critical" */
  severity: z.string(),
  /** when the condition cleared; null while open (event alerts such as query-limit stay open) */
  resolvedAt: z.string().nullable(),
});
export const FleetAlertsReply = z.object({ alerts: z.array(FleetAlert), nextCursor: z.string().nullable() });
export const FleetAlertsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  cursor: z.string().max(200).optional(),
  open: z.enum(["true", "false"]).optional(),
  kind: z.string().max(64).optional(),
  kioskId: z.string().max(64).optional(),
});
export type FleetAlertsReply = z.infer<typeof FleetAlertsReply>;

export const QueryAuditEntry = z.object({
  at: z.string(),
  serviceId: z.string(),
  /** `3501**********123X` */
  resident: z.string(),
  outcome: z.string(),
});
export const QueryAuditReply = z.object({ queries: z.array(QueryAuditEntry) });
export type QueryAuditReply = z.infer<typeof QueryAuditReply>;
