import { authenticateKiosk } from "../auth/authenticate";
import { matches } from "../http/etag";
import { rankingEtag, siteRanking } from "../popular/ranking";
import { POPULAR_ROUTES } from "../protocol";
import type { RouteModule } from "./types";

/**
 * The most-used services at the calling kiosk's site (kiosk token). The site comes from the
 * kiosk's own enrolled row, never from the request, so no kiosk can read another site's ranking.
 * A kiosk asks on every heartbeat with the last ETag; most answers are an empty 304.
 */
export const popularRoutes: RouteModule = (app, ctx) => {
  app.get(POPULAR_ROUTES.popularServices, async (request, reply) => {
    const kiosk = await authenticateKiosk(ctx, request);
    const ranking = await siteRanking(ctx.db, kiosk, (id) => ctx.catalog.byId(id) !== undefined, ctx.now());
    const etag = rankingEtag(ranking);
    // private: per-kiosk (per-site) content behind a bearer token; no shared cache may keep it.
    void reply
      .header("ETag", etag)
      .header("Cache-Control", "private, no-cache")
      .header("Vary", "Authorization");
    if (matches(request.headers["if-none-match"], etag)) return reply.code(304).send();
    return ranking;
  });
};
