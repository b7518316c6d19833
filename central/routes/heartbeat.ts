import { authenticateKiosk } from "../auth/authenticate";
import { parseOr400 } from "../http/parse";
import { HeartbeatRequest, type HeartbeatReply, ROUTES } from "../protocol";
import { recordAppVersions } from "../updates/record-app-versions";
import type { RouteModule } from "./types";

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
    const requests = await ctx.pendingRequests.forKiosk(kiosk.id);
    const reply: HeartbeatReply = {
      serverTime: now.toISOString(),
      desiredConfigVersion: await ctx.desiredVersions.versionFor(kiosk),
      catalogVersion: ctx.catalog.version,
      heartbeatIntervalSeconds: ctx.heartbeatIntervalSeconds,
      // Only when there is something: the reply most kiosks get stays as it was.
      ...(requests.length === 0 ? {} : { requests }),
    };
    return reply;
  });
};
