import { authenticateKiosk } from "../auth/authenticate";
import type { CentralContext } from "../context";
import type { KioskRow } from "../db/schema";
import { parseOr400 } from "../http/parse";
import { HeartbeatRequest, type HeartbeatReply, ROUTES } from "../protocol";
import { recordAppVersions } from "../updates/record-app-versions";
import { effectiveConfigFor } from "../rollouts/effective-config";
import type { RouteModule } from "./types";

/** The config version the kiosk's layers and rollouts give it (cached per kiosk for 1 s). */
async function desiredConfigVersion(ctx: CentralContext, kiosk: KioskRow): Promise<number> {
  const cached = ctx.configVersionCache.get(kiosk.id);
  if (cached !== undefined) return cached;
  const version = (await effectiveConfigFor(ctx.db, kiosk))?.version ?? 0;
  ctx.configVersionCache.set(kiosk.id, version);
  return version;
}

export const heartbeatRoutes: RouteModule = (app, ctx) => {
  app.post(ROUTES.heartbeat, async (request) => {
    const kiosk = await authenticateKiosk(ctx, request);
    const body = parseOr400(HeartbeatRequest, request.body);
    const now = ctx.now();
    await ctx.heartbeats.add({
      kioskId: kiosk.id,
      receivedAt: now.toISOString(),
      intervalSeconds: body.intervalSeconds ?? ctx.heartbeatIntervalSeconds,
      body,
      bodyJson: JSON.stringify(body),
    });
    ctx.metrics.heartbeats.inc();
    await recordAppVersions(ctx.db, kiosk, body, now);
    const reply: HeartbeatReply = {
      serverTime: now.toISOString(),
      desiredConfigVersion: await desiredConfigVersion(ctx, kiosk),
      catalogVersion: ctx.catalog.version,
      heartbeatIntervalSeconds: ctx.heartbeatIntervalSeconds,
    };
    return reply;
  });
};
