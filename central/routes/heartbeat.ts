import { authenticateKiosk } from "../auth/authenticate";
import { latestConfigFor } from "../db/queries/configs";
import { recordHeartbeat } from "../db/queries/heartbeats";
import { parseOr400 } from "../http/parse";
import { HeartbeatRequest, type HeartbeatReply, ROUTES } from "../protocol";
import type { RouteModule } from "./types";

export const heartbeatRoutes: RouteModule = (app, ctx) => {
  app.post(ROUTES.heartbeat, async (request) => {
    const kiosk = await authenticateKiosk(ctx, request);
    const body = parseOr400(HeartbeatRequest, request.body);
    const now = ctx.now();
    await recordHeartbeat(ctx.db, {
      kioskId: kiosk.id,
      receivedAt: now.toISOString(),
      intervalSeconds: body.intervalSeconds ?? ctx.heartbeatIntervalSeconds,
      bodyJson: JSON.stringify(body),
    });
    ctx.metrics.heartbeats.inc();
    const config = await latestConfigFor(ctx.db, kiosk.site);
    const reply: HeartbeatReply = {
      serverTime: now.toISOString(),
      desiredConfigVersion: config?.version ?? 0,
      catalogVersion: ctx.catalog.version,
      heartbeatIntervalSeconds: ctx.heartbeatIntervalSeconds,
    };
    return reply;
  });
};
