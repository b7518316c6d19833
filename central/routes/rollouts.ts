import { configVersion, latestOfEachLayer, revisionsOfLayers } from "../db/queries/configs";
import { rolloutById, rolloutsPage } from "../db/queries/rollouts";
import { decodeTimeCursor, PageQuery, pageOf } from "../fleet/paging";
import { FLEET_ROUTES } from "../fleet/routes";
import { HttpError, notFound } from "../http/errors";
import { parseOr400 } from "../http/parse";
import { requireRole } from "../managers/require-role";
import { kioskStates } from "../rollouts/fleet-state";
import { LayerName } from "../rollouts/layer-name";
import { progressOf } from "../rollouts/progress";
import { publishLayer } from "../rollouts/publish-layer";
import { actOnRollout, createRollout, evaluateRollouts } from "../rollouts/rollout-service";
import {
  RolloutAction,
  RolloutCreateRequest,
  RolloutsQuery,
  type RolloutsReply,
  type LayerReply,
  type LayersReply,
  LayerPutRequest,
  type RolloutDetailReply,
} from "../rollouts/schemas";
import { rolloutReply } from "../rollouts/to-reply";
import type { RouteModule } from "./types";

const layerParam = (raw: string): string => {
  const parsed = LayerName.safeParse(raw);
  if (!parsed.success)
    throw new HttpError(400, "bad_layer", "配置层名称不正确", parsed.error.issues[0]?.message ?? "bad layer");
  return parsed.data;
};

/** Config layers (read, publish at once) and staged rollouts of a layer or an app version. */
export const rolloutRoutes: RouteModule = (app, ctx) => {
  app.get(FLEET_ROUTES.layers, async (request) => {
    await requireRole(ctx, request, "viewer");
    const { limit, cursor } = parseOr400(PageQuery, request.query);
    const rows = await latestOfEachLayer(ctx.db, limit + 1, cursor);
    const items = rows.slice(0, limit);
    const reply: LayersReply = {
      layers: items.map((r) => ({ layer: r.layer ?? "global", version: r.version })),
      nextCursor: rows.length > limit ? (items[items.length - 1]?.layer ?? null) : null,
    };
    return reply;
  });

  app.get<{ Params: { layer: string } }>(FLEET_ROUTES.layer, async (request) => {
    await requireRole(ctx, request, "viewer");
    const layer = layerParam(request.params.layer);
    const revisions = await revisionsOfLayers(ctx.db, [layer], 20);
    if (revisions.length === 0) throw notFound("config layer");
    const reply: LayerReply = {
      layer,
      revisions: revisions.map((r) => ({
        version: r.version,
        config: JSON.parse(r.config_json) as unknown,
        createdAt: r.created_at,
        createdBy: r.created_by,
        expiresAt: r.expires_at,
        rolloutId: r.rollout_id,
      })),
    };
    return reply;
  });

  // Publishing a layer to every kiosk it reaches at once (no rollout): operators and admins.
  app.put<{ Params: { layer: string } }>(FLEET_ROUTES.layer, async (request, reply) => {
    const actor = await requireRole(ctx, request, "operator");
    const layer = layerParam(request.params.layer);
    const body = parseOr400(LayerPutRequest, request.body);
    const published = await publishLayer(
      ctx.db,
      { layer, config: body.config, expiresInDays: body.expiresInDays },
      actor.name,
      ctx.now(),
    );
    ctx.desiredVersions.clear();
    return reply.code(201).send(published);
  });

  app.get(FLEET_ROUTES.rollouts, async (request) => {
    await requireRole(ctx, request, "viewer");
    const q = parseOr400(RolloutsQuery, request.query);
    const rows = await rolloutsPage(ctx.db, {
      limit: q.limit,
      cursor: decodeTimeCursor(q.cursor),
      status: q.status,
    });
    const page = pageOf(rows, q.limit, (r) => [r.created_at, r.id]);
    const reply: RolloutsReply = {
      rollouts: page.items.map((r) => rolloutReply(r)),
      nextCursor: page.nextCursor,
    };
    return reply;
  });

  app.post(FLEET_ROUTES.rollouts, async (request, reply) => {
    const actor = await requireRole(ctx, request, "operator");
    const body = parseOr400(RolloutCreateRequest, request.body);
    const row = await createRollout(ctx.db, body, actor.name, ctx.now());
    ctx.desiredVersions.clear();
    return reply.code(201).send(rolloutReply(row));
  });

  app.get<{ Params: { id: string } }>(FLEET_ROUTES.rollout, async (request) => {
    await requireRole(ctx, request, "viewer");
    // Reading a rollout also moves it on, so the console never shows a stale step.
    if ((await evaluateRollouts(ctx.db, ctx.now())).length > 0) ctx.desiredVersions.clear();
    const row = await rolloutById(ctx.db, request.params.id);
    if (row === undefined) throw notFound("rollout");
    const progress = progressOf(row, await kioskStates(ctx.db, ctx.now()));
    const version = row.config_version === null ? undefined : await configVersion(ctx.db, row.config_version);
    const reply: RolloutDetailReply = {
      ...rolloutReply(row, progress.groups),
      config: version === undefined ? null : (JSON.parse(version.config_json) as unknown),
      kiosks: [...progress.kiosks].map(([id, k]) => ({ id, group: k.group, outcome: k.outcome })),
    };
    return reply;
  });

  app.post<{ Params: { id: string; action: string } }>(FLEET_ROUTES.rolloutAction, async (request) => {
    const actor = await requireRole(ctx, request, "operator");
    const action = RolloutAction.safeParse(request.params.action);
    if (!action.success) throw notFound("rollout action");
    const row = await actOnRollout(ctx.db, request.params.id, action.data, actor.name, ctx.now());
    ctx.desiredVersions.clear();
    return rolloutReply(row);
  });
};
