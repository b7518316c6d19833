import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { mergeLayers } from "../../kiosk-config/config/layers";
import { KioskConfig } from "../../kiosk-config/config/schema";
import { revisionsOfLayers } from "../db/queries/configs";
import { rolloutsByIds } from "../db/queries/rollouts";
import type { CentralSchema, ConfigVersionRow } from "../db/schema";
import { canonicalJson } from "../protocol";
import { layersOf, type Placement } from "./layer-name";
import { releasedTo } from "./released";

export interface EffectiveConfig {
  /** The highest version among the layers the kiosk runs: the bundle's version. */
  version: number;
  /** The earliest expiry among them: the bundle is only as fresh as its oldest layer. */
  expiresAt: string;
  /** Merged raw layers, as the bundle carries them. */
  body: Record<string, unknown>;
  sources: Record<string, string>;
  layers: { layer: string; version: number; rolloutId: string | null }[];
  /** sha256 of the canonical JSON of the parsed config, as the kiosk reports it. */
  digest: string;
}

/** sha256 hex of a config's canonical JSON: the same on kiosk and central. */
export const configDigest = (config: KioskConfig): string =>
  createHash("sha256").update(canonicalJson(config), "utf8").digest("hex");

/**
 * The config a kiosk should run: for each of its layers (global → district → site → kiosk) the
 * newest revision released to it — published directly, or through a rollout whose started groups
 * hold the kiosk — merged most specific last. Undefined while nothing reaches it.
 */
export async function effectiveConfigFor(
  db: Kysely<CentralSchema>,
  kiosk: Placement,
): Promise<EffectiveConfig | undefined> {
  return mergeRevisions(await revisionsFor(db, kiosk));
}

/** The revision of each of the kiosk's layers released to it, least specific first. */
export async function revisionsFor(db: Kysely<CentralSchema>, kiosk: Placement): Promise<ConfigVersionRow[]> {
  const order = layersOf(kiosk);
  const rows = await revisionsOfLayers(db, order);
  const rolloutIds = [...new Set(rows.flatMap((r) => (r.rollout_id === null ? [] : [r.rollout_id])))];
  const rollouts = new Map((await rolloutsByIds(db, rolloutIds)).map((r) => [r.id, r]));
  const picked = new Map<string, ConfigVersionRow>();
  for (const row of rows) {
    if (row.layer === null || picked.has(row.layer)) continue;
    const rollout = row.rollout_id === null ? undefined : rollouts.get(row.rollout_id);
    if (row.rollout_id !== null && (rollout === undefined || !releasedTo(rollout, kiosk.id))) continue;
    picked.set(row.layer, row);
  }
  return order.flatMap((layer) => {
    const row = picked.get(layer);
    return row === undefined ? [] : [row];
  });
}

/** The chosen revisions merged into one config, with its version, expiry, sources and digest. */
export function mergeRevisions(chosen: readonly ConfigVersionRow[]): EffectiveConfig | undefined {
  if (chosen.length === 0) return undefined;
  const merged = mergeLayers(
    chosen.map((r) => ({
      label: `${r.layer ?? "global"} v${r.version}`,
      body: JSON.parse(r.config_json) as Record<string, unknown>,
    })),
  );
  // Each layer passed the schema alone; a merge that does not (e.g. a notice split over layers)
  // is still sent, and the kiosk refuses and reports it, so the rollout sees the failure.
  const parsed = KioskConfig.safeParse(merged.body);
  return {
    version: Math.max(...chosen.map((r) => r.version)),
    expiresAt: chosen.map((r) => r.expires_at).sort()[0] ?? new Date(0).toISOString(),
    body: merged.body,
    sources: merged.sources,
    layers: chosen.map((r) => ({ layer: r.layer ?? "global", version: r.version, rolloutId: r.rollout_id })),
    digest: parsed.success ? configDigest(parsed.data) : "",
  };
}
