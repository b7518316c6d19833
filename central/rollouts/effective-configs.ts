import type { Kysely } from "kysely";
import type { CentralSchema } from "../db/schema";
import { type EffectiveConfig, mergeRevisions, revisionsFor } from "./effective-config";
import type { Placement } from "./layer-name";

/** Distinct revision sets kept; kiosk layers make one per such kiosk, so the map is bounded. */
const MAX_KEPT = 2_000;

/**
 * The effective config a kiosk pulls (`GET /v1/config`), merged once per set of revisions and
 * shared by every kiosk that runs that set. Why: when a rollout reaches a group, all its kiosks
 * pull within one heartbeat interval, and the merge, the schema check and the digest for each
 * came on top of their heartbeats — at 10,000 kiosks, hundreds of pulls a second of the same
 * handful of configs.
 *
 * Which revisions a kiosk runs is still read from the database at every pull (two indexed
 * queries), so a pull is never stale. Versions are the primary key of config_versions and a
 * published revision never changes, so a set of versions names one merged config for good.
 */
export class EffectiveConfigs {
  readonly #merged = new Map<string, EffectiveConfig | undefined>();

  constructor(private readonly db: Kysely<CentralSchema>) {}

  async for(kiosk: Placement): Promise<EffectiveConfig | undefined> {
    const chosen = await revisionsFor(this.db, kiosk);
    const key = chosen.map((r) => r.version).join(",");
    if (this.#merged.has(key)) return this.#merged.get(key);
    const effective = mergeRevisions(chosen);
    if (this.#merged.size >= MAX_KEPT) this.#merged.clear();
    this.#merged.set(key, effective);
    return effective;
  }
}
