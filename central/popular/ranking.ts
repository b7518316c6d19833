import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { CentralSchema } from "../db/schema";
import { usesAtSite } from "../db/queries/popular";
import { MAX_POPULAR_SERVICES, POPULAR_WINDOW_DAYS, type PopularServicesReply } from "../protocol";

const DAY_MS = 86_400_000;

/**
 * The ranking of most-used services at one site over the last POPULAR_WINDOW_DAYS days. Only
 * services the central catalog knows are ranked (a stale id from an old kiosk build is dropped);
 * which of them a kiosk shows is its own config's business.
 */
export async function siteRanking(
  db: Kysely<CentralSchema>,
  kiosk: { id: string; site: string | null },
  known: (serviceId: string) => boolean,
  now: Date,
): Promise<PopularServicesReply> {
  const since = new Date(now.getTime() - POPULAR_WINDOW_DAYS * DAY_MS).toISOString();
  const uses = await usesAtSite(db, { site: kiosk.site, kioskId: kiosk.id, since });
  const ranked = uses
    .filter((u) => known(u.serviceId))
    .sort((a, b) => b.uses - a.uses || (a.serviceId < b.serviceId ? -1 : 1));
  return {
    since,
    windowDays: POPULAR_WINDOW_DAYS,
    total: ranked.reduce((sum, u) => sum + u.uses, 0),
    services: ranked.slice(0, MAX_POPULAR_SERVICES),
  };
}

/**
 * The ranking's entity tag: the order and counts only, not the window's start, so a kiosk that
 * asks again gets 304 until a use changes the ranking.
 */
export function rankingEtag(ranking: PopularServicesReply): string {
  const digest = createHash("sha256")
    .update(JSON.stringify([ranking.total, ranking.services]))
    .digest("base64url")
    .slice(0, 22);
  return `"${digest}"`;
}
