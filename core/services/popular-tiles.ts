import type { ServiceDefinition } from "../../kiosk-config/services/model/schema";
import type { StoredRanking } from "../sync/popular";
import type { KioskCatalog } from "./kiosk-catalog";

/** Fewer uses than this at the site in the window, and the ranking says too little: fixed list. */
export const MIN_RANKED_USES = 20;
/** A ranking not refreshed for this long (a kiosk offline for a week) gives way to the fixed list. */
export const RANKING_STALE_MS = 7 * 86_400_000;
/** Tiles the home screen shows when the site profile's own list is shorter. */
const MIN_TILES = 6;

/**
 * The home screen's most-used tiles: the site's ranking from central, limited to what this
 * kiosk offers (a service the config hides never shows), topped up from the profile's fixed list;
 * the fixed list alone on a fresh kiosk, after a week without central, or with too few uses.
 */
export function mostUsedTiles(
  catalog: KioskCatalog,
  stored: StoredRanking | undefined,
  now: number,
): readonly ServiceDefinition[] {
  const fixed = catalog.mostUsed();
  if (stored === undefined) return fixed;
  if (stored.ranking.total < MIN_RANKED_USES) return fixed;
  if (now - Date.parse(stored.fetchedAt) > RANKING_STALE_MS) return fixed;
  const count = Math.max(fixed.length, MIN_TILES);
  const tiles: ServiceDefinition[] = [];
  const seen = new Set<string>();
  const add = (s: ServiceDefinition | undefined) => {
    if (s === undefined || seen.has(s.id) || tiles.length >= count) return;
    seen.add(s.id);
    tiles.push(s);
  };
  for (const { serviceId } of stored.ranking.services) add(catalog.byId(serviceId));
  for (const s of fixed) add(s);
  return tiles;
}
