import * as z from "zod";
import {
  ConfigPublishReply,
  ConfigPublishRequest,
  EnrollmentCodeCreateRequest,
  EnrollmentCodeReply,
  FleetAlertsReply,
  FleetKiosksReply,
  FleetSeriesReply,
  FleetSummaryReply,
  HeartbeatHistoryReply,
  KioskRevokeReply,
  QueryAuditReply,
} from "./fleet/schemas";
import {
  BatchReply,
  BatchRequest,
  EnrollReply,
  EnrollRequest,
  ErrorReply,
  HeartbeatReply,
  HeartbeatRequest,
  QueryReply,
  QueryRequest,
  ReleasePublishReply,
  ROUTES,
  SignedCatalogReply,
  SignedConfigBundle,
  StoredSupportPacket,
  SubmissionReply,
  SubmissionRequest,
  SUPPORT_ROUTES,
  SupportPacket,
  SupportPacketList,
  SupportPacketReceipt,
  TicketReply,
  TicketRequest,
  TokenRotateReply,
} from "./protocol";

type Auth = "none" | "kiosk" | "manager";

interface Operation {
  method: "get" | "post";
  path: string;
  summary: string;
  auth: Auth;
  request?: z.ZodType;
  replies: Record<number, { description: string; schema?: z.ZodType }>;
  headers?: { name: string; required: boolean; description: string }[];
}

const err = (description: string) => ({ description, schema: ErrorReply });
const common = {
  400: err(
    "malformed request, JSON nested deeper than 16 levels, or an answer longer than its question allows",
  ),
  401: err(
    "missing, wrong or revoked credential (kiosk_revoked); 429 with Retry-After after many from one address",
  ),
};

const operations: Operation[] = [
  {
    method: "get",
    path: ROUTES.healthz,
    summary: "Readiness",
    auth: "none",
    replies: { 200: { description: "ready" } },
  },
  {
    method: "get",
    path: ROUTES.metrics,
    summary: "Prometheus metrics (or without credentials on CENTRAL_METRICS_PORT)",
    auth: "manager",
    replies: { 200: { description: "text exposition" }, 401: err("missing or wrong credential") },
  },
  {
    method: "get",
    path: ROUTES.openapi,
    summary: "This document",
    auth: "none",
    replies: { 200: { description: "OpenAPI 3.0" } },
  },
  {
    method: "post",
    path: ROUTES.enroll,
    summary: "Trade a one-time enrollment code for a kiosk token",
    auth: "none",
    request: EnrollRequest,
    replies: {
      201: { description: "enrolled", schema: EnrollReply },
      400: err("malformed"),
      403: err("code unknown, used or expired"),
      429: err("too many attempts from this address (header Retry-After)"),
    },
  },
  {
    method: "post",
    path: ROUTES.submissions,
    summary: "Submit an application or report (idempotent on Idempotency-Key = body.id)",
    auth: "kiosk",
    request: SubmissionRequest,
    headers: [{ name: "Idempotency-Key", required: true, description: "equal to body.id" }],
    replies: {
      201: { description: "stored (秒批 services decided in the same reply)", schema: SubmissionReply },
      200: {
        description: "replay of the stored reply; header Idempotent-Replayed: true",
        schema: SubmissionReply,
      },
      ...common,
      413: err("body over 1 MiB"),
      422: err("unknown serviceId, key reused with another body, or key ≠ body.id"),
    },
  },
  {
    method: "post",
    path: ROUTES.submissionsBatch,
    summary: "Submit up to 100 outbox items; per-item results follow the single route's rules",
    auth: "kiosk",
    request: BatchRequest,
    replies: {
      200: { description: "per-item results", schema: BatchReply },
      ...common,
      413: err("batch too large"),
    },
  },
  {
    method: "get",
    path: "/v1/submissions/{id}",
    summary: "The caller's own submission with its current status",
    auth: "kiosk",
    replies: {
      200: { description: "found", schema: SubmissionReply },
      401: common[401],
      404: err("not found (or another kiosk's)"),
    },
  },
  {
    method: "post",
    path: ROUTES.heartbeat,
    summary: "Report health; learn desired config and catalog versions",
    auth: "kiosk",
    request: HeartbeatRequest,
    replies: { 200: { description: "ok", schema: HeartbeatReply }, ...common },
  },
  {
    method: "get",
    path: ROUTES.catalog,
    summary: "The service catalog (ETag; If-None-Match → 304)",
    auth: "kiosk",
    replies: {
      200: { description: "catalog, signed by the config-signing key", schema: SignedCatalogReply },
      304: { description: "unchanged" },
      401: common[401],
    },
  },
  {
    method: "get",
    path: ROUTES.config,
    summary: "The kiosk's desired config as an Ed25519-signed bundle",
    auth: "kiosk",
    replies: {
      200: { description: "signed bundle", schema: SignedConfigBundle },
      401: common[401],
      404: err("none published"),
    },
  },
  {
    method: "post",
    path: ROUTES.tickets,
    summary: "Draw the next queue number of a centre's department",
    auth: "kiosk",
    request: TicketRequest,
    replies: {
      201: { description: "ticket", schema: TicketReply },
      ...common,
      422: err("unknown department, or a centre or department not of the kiosk's site"),
    },
  },
  {
    method: "post",
    path: "/v1/queries/{serviceId}",
    summary: "Answer a query service for the resident (never stored)",
    auth: "kiosk",
    request: QueryRequest,
    replies: {
      200: { description: "rows", schema: QueryReply },
      ...common,
      422: err("unknown or not a query service, or a name the register contradicts (identity_mismatch)"),
      429: err("this kiosk asked about too many distinct residents lately (header Retry-After)"),
    },
  },
  {
    method: "post",
    path: ROUTES.tokenRotate,
    summary: "A new token for this kiosk; the current one works until the new one is first used",
    auth: "kiosk",
    replies: { 201: { description: "new token", schema: TokenRotateReply }, 401: common[401] },
  },
  {
    method: "post",
    path: ROUTES.fleetEnrollmentCodes,
    summary: "Create a one-time enrollment code",
    auth: "manager",
    request: EnrollmentCodeCreateRequest,
    replies: { 201: { description: "code", schema: EnrollmentCodeReply }, ...common },
  },
  {
    method: "get",
    path: ROUTES.fleetKiosks,
    summary:
      "One page of kiosks with latest health (offline after 3 silent intervals), in enrollment order " +
      "(?limit=1..1000 default 100, ?after=<next>, filters ?site= ?district= ?status=online|offline|never|attention ?version=)",
    auth: "manager",
    replies: {
      200: { description: "kiosks and the next page's cursor", schema: FleetKiosksReply },
      400: err("bad filter or cursor"),
      401: common[401],
    },
  },
  {
    method: "get",
    path: ROUTES.fleetSummary,
    summary: "How many kiosks are online, offline, never heard, and need attention",
    auth: "manager",
    replies: { 200: { description: "counts", schema: FleetSummaryReply }, 401: common[401] },
  },
  {
    method: "get",
    path: ROUTES.fleetSeries,
    summary:
      "Fleet health over time for charts (?from ?to ISO, at most 31 days, default the last 24 h; ?step=5m|1h|1d)",
    auth: "manager",
    replies: {
      200: { description: "points", schema: FleetSeriesReply },
      400: err("bad range or step"),
      401: common[401],
    },
  },
  {
    method: "get",
    path: "/v1/fleet/kiosks/{id}/heartbeats",
    summary:
      "A kiosk's heartbeats that changed its device state, newest first (?limit=1..1000, default 100; ?before=<next>)",
    auth: "manager",
    replies: {
      200: { description: "history", schema: HeartbeatHistoryReply },
      401: common[401],
      404: err("no such kiosk"),
    },
  },
  {
    method: "post",
    path: ROUTES.fleetConfig,
    summary: "Publish a new config version (signed on delivery)",
    auth: "manager",
    request: ConfigPublishRequest,
    replies: {
      201: { description: "published", schema: ConfigPublishReply },
      ...common,
      422: err("invalid config"),
    },
  },
  {
    method: "post",
    path: "/v1/fleet/kiosks/{id}/revoke",
    summary: "End a kiosk's access: its tokens answer 401 on every process within 2 s",
    auth: "manager",
    replies: {
      200: { description: "revoked (repeatable)", schema: KioskRevokeReply },
      401: common[401],
      404: err("no such kiosk"),
    },
  },
  {
    method: "get",
    path: "/v1/fleet/kiosks/{id}/queries",
    summary: "A kiosk's query audit trail, newest first, ID numbers masked (?limit=1..1000)",
    auth: "manager",
    replies: {
      200: { description: "audit", schema: QueryAuditReply },
      401: common[401],
      404: err("no such kiosk"),
    },
  },
  {
    method: "get",
    path: ROUTES.fleetAlerts,
    summary: "Alerts for the fleet, newest first (e.g. a kiosk over its query limit; ?limit=1..1000)",
    auth: "manager",
    replies: { 200: { description: "alerts", schema: FleetAlertsReply }, 401: common[401] },
  },
  {
    method: "get",
    path: "/v1/updates/{channel}/{feed}",
    summary:
      "The app update feed of a channel for this kiosk: latest.yml (Windows) or latest-linux.yml, in electron-updater's generic-provider YAML (UpdateFeed)",
    auth: "kiosk",
    replies: {
      200: { description: "YAML feed (text/yaml)" },
      ...common,
      404: err("no release offered (no_release)"),
    },
  },
  {
    method: "get",
    path: "/v1/updates/{channel}/{version}/{name}",
    summary: "A release file the feed names; only the version offered to this kiosk",
    auth: "kiosk",
    replies: {
      200: { description: "the file (application/octet-stream)" },
      ...common,
      404: err("not offered"),
    },
  },
  {
    method: "post",
    path: ROUTES.fleetReleases,
    summary:
      "Publish one release file (?channel=&version=&name=; the body is the file, application/octet-stream); the same bytes again are a no-op",
    auth: "manager",
    replies: {
      201: { description: "published", schema: ReleasePublishReply },
      ...common,
      409: err("another file already published under this name (release_exists)"),
      413: err("larger than 1 GiB"),
    },
  },
  {
    method: "post",
    path: SUPPORT_ROUTES.supportPackets,
    summary: "Upload a support packet from the maintenance menu (masked logs, versions, device states)",
    auth: "kiosk",
    request: SupportPacket,
    replies: {
      201: { description: "stored, sealed", schema: SupportPacketReceipt },
      ...common,
      413: err("larger than 256 KiB"),
    },
  },
  {
    method: "get",
    path: SUPPORT_ROUTES.fleetSupportPackets,
    summary: "Support packets, newest first, without contents (?limit=1..500)",
    auth: "manager",
    replies: { 200: { description: "packets", schema: SupportPacketList }, 401: common[401] },
  },
  {
    method: "get",
    path: SUPPORT_ROUTES.fleetSupportPacket,
    summary: "One support packet with its contents (the download is audited)",
    auth: "manager",
    replies: {
      200: { description: "the packet", schema: StoredSupportPacket },
      401: common[401],
      404: err("no such packet"),
    },
  },
];

const jsonSchema = (schema: z.ZodType, io: "input" | "output") =>
  z.toJSONSchema(schema, { io, unrepresentable: "any", target: "openapi-3.0" });

/** The OpenAPI 3.0 document, generated from the same zod schemas the routes validate with. */
export function buildOpenApi(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const responses: Record<string, unknown> = {};
    for (const [status, r] of Object.entries(op.replies)) {
      responses[status] = {
        description: r.description,
        ...(r.schema ? { content: { "application/json": { schema: jsonSchema(r.schema, "output") } } } : {}),
      };
    }
    paths[op.path] = {
      ...paths[op.path],
      [op.method]: {
        summary: op.summary,
        security: op.auth === "none" ? [] : [{ [op.auth === "kiosk" ? "kioskToken" : "managerToken"]: [] }],
        parameters: [
          ...(op.headers ?? []).map((h) => ({
            in: "header",
            name: h.name,
            required: h.required,
            description: h.description,
            schema: { type: "string" },
          })),
          ...[...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
            in: "path",
            name: m[1],
            required: true,
            schema: { type: "string" },
          })),
        ],
        ...(op.request
          ? {
              requestBody: {
                required: true,
                content: { "application/json": { schema: jsonSchema(op.request, "input") } },
              },
            }
          : {}),
        responses,
      },
    };
  }
  return {
    openapi: "3.0.3",
    info: {
      title: "e福州 central service",
      version: "1",
      description: "The kiosk ↔ central contract: the zod schemas of central/protocol.ts.",
    },
    components: {
      securitySchemes: {
        kioskToken: { type: "http", scheme: "bearer", description: "token from POST /v1/enroll" },
        managerToken: { type: "http", scheme: "bearer", description: "CENTRAL_MANAGER_TOKEN" },
      },
    },
    paths,
  };
}
