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
  health: HeartbeatRequest.nullable(),
});
export type FleetKiosk = z.infer<typeof FleetKiosk>;

export const FleetKiosksReply = z.object({ kiosks: z.array(FleetKiosk) });
export type FleetKiosksReply = z.infer<typeof FleetKiosksReply>;

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
