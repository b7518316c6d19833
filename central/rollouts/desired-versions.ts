import type { Kysely } from "kysely";
import { rolloutsByIds } from "../db/queries/rollouts";
import type { CentralSchema, RolloutRow } from "../db/schema";
import { SharedSnapshot } from "../db/shared-snapshot";
import { layersOf, type Placement } from "./layer-name";
import { releasedTo } from "./released";

interface Head {
  version: number;
  rolloutId: string | null;
}

interface Heads {
  /** Per layer, newest first: the revisions rollouts hold, down to the newest published directly. */
  layers: Map<string, Head[]>;
  rollouts: Map<string, RolloutRow>;
}

/**
 * The config version a kiosk should run, as its heartbeat answer names it: the same number
 * effectiveConfigFor gives (the highest among the revisions released to the kiosk, one per
 * layer), from one snapshot of every layer's head shared by all kiosks.
 *
 * Why a shared snapshot: computing the effective config for each heartbeat (two queries, the
 * merge, the schema check and the digest) took about a sixth of a central's CPU at 500 heartbeats
 * per second, and a per-kiosk cache never hit — a kiosk beats once a minute, the cache lived 1 s.
 * The snapshot is at most `ttlMs` old, like the per-kiosk cache before it, and this process
 * drops it when it publishes or a rollout moves.
 */
export class DesiredVersions {
  readonly #heads: SharedSnapshot<Heads>;

  constructor(db: Kysely<CentralSchema>, ttlMs = 1_000) {
    this.#heads = new SharedSnapshot(() => loadHeads(db), ttlMs);
  }

  clear(): void {
    this.#heads.clear();
  }

  async versionFor(kiosk: Placement): Promise<number> {
    return Math.max(0, ...(await this.chosenFor(kiosk)));
  }

  /** The revision of each layer released to the kiosk, least specific layer first. */
  async chosenFor(kiosk: Placement): Promise<number[]> {
    const heads = await this.#heads.get();
    const chosen: number[] = [];
    for (const layer of layersOf(kiosk)) {
      for (const head of heads.layers.get(layer) ?? []) {
        const rollout = head.rolloutId === null ? undefined : heads.rollouts.get(head.rolloutId);
        if (head.rolloutId !== null && (rollout === undefined || !releasedTo(rollout, kiosk.id))) continue;
        chosen.push(head.version);
        break;
      }
    }
    return chosen;
  }
}

async function loadHeads(db: Kysely<CentralSchema>): Promise<Heads> {
  const rows = await db
    .selectFrom("config_versions")
    .select(["layer", "version", "rollout_id"])
    .where("layer", "is not", null)
    .where((eb) =>
      eb.or([
        eb("rollout_id", "is not", null),
        eb(
          "version",
          "in",
          eb
            .selectFrom("config_versions")
            .select((e) => e.fn.max("version").as("v"))
            .where("rollout_id", "is", null)
            .where("layer", "is not", null)
            .groupBy("layer"),
        ),
      ]),
    )
    .orderBy("version", "desc")
    .execute();
  const layers = new Map<string, Head[]>();
  const closed = new Set<string>();
  for (const r of rows) {
    // Older than the layer's newest direct revision: never reached, as in effectiveConfigFor.
    if (r.layer === null || closed.has(r.layer)) continue;
    const list = layers.get(r.layer) ?? [];
    list.push({ version: r.version, rolloutId: r.rollout_id });
    layers.set(r.layer, list);
    if (r.rollout_id === null) closed.add(r.layer);
  }
  const ids = [
    ...new Set([...layers.values()].flat().flatMap((h) => (h.rolloutId === null ? [] : [h.rolloutId]))),
  ];
  const rollouts = new Map((await rolloutsByIds(db, ids)).map((r) => [r.id, r]));
  return { layers, rollouts };
}
