import { appendAudit } from "../db/queries/audit";
import { FLEET_ROUTES } from "../fleet/routes";
import { notFound } from "../http/errors";
import { parseOr400 } from "../http/parse";
import { requireRole } from "../managers/require-role";
import { rolloutAppVersionFor } from "../rollouts/desired-app";
import { effectiveConfigFor } from "../rollouts/effective-config";
import { kioskStates } from "../rollouts/fleet-state";
import { type KioskConfigReply, PlacementRequest } from "../rollouts/schemas";
import type { RouteModule } from "./types";

/** One kiosk's placement (district, site: which layers reach it) and its desired vs reported state. */
export const fleetKioskRoutes: RouteModule = (app, ctx) => {
  app.get<{ Params: { id: string } }>(FLEET_ROUTES.kioskConfig, async (request) => {
    await requireRole(ctx, request, "viewer");
    const [kiosk] = await kioskStates(ctx.db, ctx.now(), { ids: [request.params.id] });
    if (kiosk === undefined) throw notFound("kiosk");
    const effective = await effectiveConfigFor(ctx.db, kiosk);
    const appVersion = (await rolloutAppVersionFor(ctx.db, kiosk)) ?? null;
    const r = kiosk.reported;
    const desiredVersion = effective?.version ?? 0;
    const reply: KioskConfigReply = {
      kioskId: kiosk.id,
      district: kiosk.district,
      site: kiosk.site,
      desired: {
        configVersion: desiredVersion,
        configDigest: effective?.digest ?? null,
        appVersion,
        layers: effective?.layers ?? [],
        config: effective?.body ?? null,
        sources: effective?.sources ?? {},
      },
      reported: {
        lastSeen: kiosk.lastSeen,
        silent: kiosk.silent,
        configVersion: r?.configVersion ?? null,
        configState: r?.configState ?? null,
        configDigest: r?.configDigest ?? null,
        appVersion: r?.appVersion ?? null,
      },
      compliant: {
        config:
          r !== null &&
          r.configVersion === desiredVersion &&
          (r.configDigest === undefined || effective === undefined || r.configDigest === effective.digest),
        app: appVersion === null || r?.appVersion === appVersion,
      },
    };
    return reply;
  });

  app.put<{ Params: { id: string } }>(FLEET_ROUTES.kioskPlacement, async (request) => {
    const actor = await requireRole(ctx, request, "operator");
    const body = parseOr400(PlacementRequest, request.body);
    const before = await ctx.db
      .selectFrom("kiosks")
      .select(["id", "district", "site"])
      .where("id", "=", request.params.id)
      .executeTakeFirst();
    if (before === undefined) throw notFound("kiosk");
    const after = {
      district: body.district === undefined ? before.district : body.district,
      site: body.site === undefined ? before.site : body.site,
    };
    const at = ctx.now().toISOString();
    await ctx.db.transaction().execute(async (tx) => {
      await tx.updateTable("kiosks").set(after).where("id", "=", before.id).execute();
      await appendAudit(tx, {
        at,
        actor: actor.name,
        action: "kiosk.placement",
        detail: { kioskId: before.id, before: { district: before.district, site: before.site }, after },
      });
    });
    // This process forgets the old placement at once; the others when they next read the kiosks'
    // change counter (at most 250 ms old).
    ctx.kioskCache.clear();
    ctx.desiredVersions.clear();
    return { kioskId: before.id, ...after };
  });
};
