import { authenticateKiosk } from "../auth/authenticate";
import { matches } from "../http/etag";
import { type CatalogReply, ROUTES, type SignedCatalogReply } from "../protocol";
import type { RouteModule } from "./types";

export const catalogRoutes: RouteModule = (app, ctx) => {
  const catalog: CatalogReply = { version: ctx.catalog.version, services: [...ctx.catalog.services] };
  // Signed once with the config key: the kiosk refuses a catalog no trusted key signed.
  const body: SignedCatalogReply = { ...catalog, signatures: [ctx.signer.signValue(catalog)] };
  const text = JSON.stringify(body);
  app.get(ROUTES.catalog, async (request, reply) => {
    await authenticateKiosk(ctx, request);
    void reply.header("ETag", ctx.catalog.etag).header("Cache-Control", "no-cache");
    if (matches(request.headers["if-none-match"], ctx.catalog.etag)) return reply.code(304).send();
    return reply.type("application/json; charset=utf-8").send(text);
  });
};
