import { revoke } from "../access/revoke";
import { alertsPage } from "../db/queries/alert-state";
import { queryAuditOf } from "../db/queries/query-audit";
import { appendAudit } from "../db/queries/audit";
import { createEnrollmentCode } from "../domain/enrollment";
import { decodeCursor, decodeTimeCursor, encodeCursor, pageOf } from "../fleet/paging";
import { fleetKiosksPage } from "../fleet/kiosk-health";
import { fleetSeries, MAX_SERIES_DAYS } from "../fleet/series";
import { fleetCounts } from "../db/queries/fleet-list";
import { publishConfig } from "../fleet/publish-config";
import {
  ConfigPublishRequest,
  EnrollmentCodeCreateRequest,
  type EnrollmentCodeReply,
  FleetAlertsQuery,
  type FleetAlertsReply,
  FleetKiosksQuery,
  type FleetKiosksReply,
  FleetSeriesQuery,
  type FleetSummaryReply,
  HeartbeatHistoryQuery,
  type HeartbeatHistoryReply,
  type KioskRevokeReply,
  type QueryAuditReply,
} from "../fleet/schemas";
import { badRequest, notFound } from "../http/errors";
import { parseOr400 } from "../http/parse";
import { heartbeatHistory } from "../db/queries/heartbeats";
import { kioskExists } from "../db/queries/kiosks";
import * as z from "zod";
import { ROUTES } from "../protocol";
import { requireRole } from "../managers/require-role";
import type { RouteModule } from "./types";

const HistoryQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100) });

export const fleetRoutes: RouteModule = (app, ctx) => {
  app.post(ROUTES.fleetEnrollmentCodes, async (request, reply) => {
    const actor = await requireRole(ctx, request, "operator");
    const body = parseOr400(EnrollmentCodeCreateRequest, request.body ?? {});
    const now = ctx.now();
    const { code, expiresAt } = await createEnrollmentCode(ctx.db, body, now);
    await appendAudit(ctx.db, {
      at: now.toISOString(),
      actor: actor.name,
      action: "enrollment-code.create",
      detail: { site: body.site ?? null, expiresAt },
    });
    const result: EnrollmentCodeReply = { code, site: body.site ?? null, expiresAt };
    return reply.code(201).send(result);
  });

  app.get(ROUTES.fleetKiosks, async (request) => {
    await requireRole(ctx, request, "viewer");
    const query = parseOr400(FleetKiosksQuery, request.query);
    const result: FleetKiosksReply = await fleetKiosksPage(ctx.db, ctx.now(), query);
    return result;
  });

  app.get(ROUTES.fleetSummary, async (request) => {
    await requireRole(ctx, request, "viewer");
    const result: FleetSummaryReply = await fleetCounts(ctx.db, ctx.now().toISOString());
    return result;
  });

  app.get(ROUTES.fleetSeries, async (request) => {
    await requireRole(ctx, request, "viewer");
    const series = await fleetSeries(ctx.db, ctx.now(), parseOr400(FleetSeriesQuery, request.query));
    if ("tooLong" in series) {
      throw badRequest("range_too_long", `at most ${MAX_SERIES_DAYS} days per request`, "时间范围过长");
    }
    return series;
  });

  app.get<{ Params: { id: string } }>(ROUTES.fleetKioskHeartbeats, async (request) => {
    await requireRole(ctx, request, "viewer");
    const { limit, before } = parseOr400(HeartbeatHistoryQuery, request.query);
    const beforeAt = before === undefined ? undefined : decodeCursor(before, 1)[0];
    const rows = await heartbeatHistory(ctx.db, request.params.id, limit + 1, beforeAt);
    if (rows.length === 0 && !(await kioskExists(ctx.db, request.params.id))) throw notFound("kiosk");
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const result: HeartbeatHistoryReply = {
      heartbeats: page.map((r) => ({
        receivedAt: r.received_at,
        health: JSON.parse(r.body_json) as unknown,
      })),
      next: rows.length > limit && last !== undefined ? encodeCursor([last.received_at]) : null,
    };
    return result;
  });

  app.post(ROUTES.fleetConfig, async (request, reply) => {
    const actor = await requireRole(ctx, request, "operator");
    const body = parseOr400(ConfigPublishRequest, request.body);
    const published = await publishConfig(ctx.db, body, actor.name, ctx.now());
    ctx.desiredVersions.clear();
    return reply.code(201).send(published);
  });

  app.post<{ Params: { id: string } }>(ROUTES.fleetKioskRevoke, async (request) => {
    const actor = await requireRole(ctx, request, "admin");
    const revokedAt = await revoke(ctx.db, request.params.id, actor.name, ctx.now());
    if (revokedAt === undefined) throw notFound("kiosk");
    // This process forgets at once; the others when they next read the kiosks' change counter.
    ctx.kioskCache.clear();
    ctx.log.info({ kioskId: request.params.id }, "kiosk revoked");
    const result: KioskRevokeReply = { kioskId: request.params.id, revokedAt };
    return result;
  });

  app.get(ROUTES.fleetAlerts, async (request) => {
    await requireRole(ctx, request, "viewer");
    const q = parseOr400(FleetAlertsQuery, request.query);
    const rows = await alertsPage(ctx.db, {
      ...q,
      open: q.open === "true",
      cursor: decodeTimeCursor(q.cursor),
    });
    const page = pageOf(rows, q.limit, (r) => [r.at, r.id]);
    const result: FleetAlertsReply = {
      alerts: page.items.map((r) => ({
        id: r.id,
        at: r.at,
        kind: r.kind,
        kioskId: r.kiosk_id,
        detail: JSON.parse(r.detail_json) as unknown,
        severity: r.severity,
        resolvedAt: r.resolved_at,
      })),
      nextCursor: page.nextCursor,
    };
    return result;
  });

  app.get<{ Params: { id: string }; Querystring: { limit?: string } }>(
    ROUTES.fleetKioskQueries,
    async (request) => {
      await requireRole(ctx, request, "viewer");
      const { limit } = parseOr400(HistoryQuery, request.query);
      const rows = await queryAuditOf(ctx.db, request.params.id, limit);
      if (rows.length === 0 && !(await kioskExists(ctx.db, request.params.id))) throw notFound("kiosk");
      const result: QueryAuditReply = {
        queries: rows.map((r) => ({
          at: r.at,
          serviceId: r.service_id,
          resident: r.resident_masked,
          outcome: r.outcome,
        })),
      };
      return result;
    },
  );
};
