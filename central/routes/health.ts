import { sql } from "kysely";
import { buildOpenApi } from "../openapi";
import { ROUTES } from "../protocol";
import type { RouteModule } from "./types";

export const healthRoutes: RouteModule = (app, ctx) => {
  app.get(ROUTES.healthz, async () => {
    // Ready means the database answers, not merely that the process is up.
    await sql`select 1`.execute(ctx.db);
    return { status: "ok", db: ctx.dbKind };
  });

  app.get(ROUTES.metrics, (_request, reply) =>
    reply.type("text/plain; version=0.0.4; charset=utf-8").send(ctx.metrics.expose()),
  );

  const openapi = buildOpenApi();
  app.get(ROUTES.openapi, (_request, reply) => reply.send(openapi));
};
