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
} from "../fleet/schemas";
import { ReleasePublishReply, ROUTES } from "../protocol";
import { common, err, type Operation } from "./operation";

/** The fleet managers' routes: kiosks, enrollment, config, alerts, releases. */
export const fleetOperations: Operation[] = [
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
];
