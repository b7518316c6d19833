import { sql } from "kysely";
import { requireRole } from "../managers/require-role";
import { METRICS_CONTENT_TYPE } from "../metrics/server";
import { buildOpenApi } from "../openapi/document";
import { ROUTES } from "../protocol";
import type { RouteModule } from "./types";

export const healthRoutes: RouteModule = (app, ctx) => {
  app.get(ROUTES.healthz, async () => {
    // Ready means the database answers, not merely that the process is up.
    await sql`select 1`.execute(ctx.db);
    return { status: "ok", db: ctx.dbKind };
  });

  // Counters tell an outsider how busy the service is and how it fails: on the public port only
  // for the fleet manager; a scraper without credentials gets its own port (CENTRAL_METRICS_PORT).
  app.get(ROUTES.metrics, async (request, reply) => {
    await requireRole(ctx, request, "viewer");
    return reply.type(METRICS_CONTENT_TYPE).send(ctx.metrics.expose());
  });

  const openapi = buildOpenApi();
  app.get(ROUTES.openapi, (_request, reply) => reply.send(openapi));
};
