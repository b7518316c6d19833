import { authenticateKiosk } from "../auth/authenticate";
import { type CatalogReply, ROUTES } from "../protocol";
import type { RouteModule } from "./types";

/** True when an If-None-Match header names `etag` (or is `*`). */
const matches = (header: string | undefined, etag: string): boolean =>
  header !== undefined &&
  header.split(",").some((t) => {
    const tag = t.trim().replace(/^W\//, "");
    return tag === etag || tag === "*";
  });

export const catalogRoutes: RouteModule = (app, ctx) => {
  const body: CatalogReply = { version: ctx.catalog.version, services: [...ctx.catalog.services] };
  const text = JSON.stringify(body);
  app.get(ROUTES.catalog, async (request, reply) => {
    await authenticateKiosk(ctx, request);
    void reply.header("ETag", ctx.catalog.etag).header("Cache-Control", "no-cache");
    if (matches(request.headers["if-none-match"], ctx.catalog.etag)) return reply.code(304).send();
    return reply.type("application/json; charset=utf-8").send(text);
  });
};
