import { createHash } from "node:crypto";
import * as z from "zod";

/**
 * A rollout's groups, in order: a named pilot set of kiosks, then percentages of the fleet the
 * change reaches. Each group pauses the rollout by itself when more than `errorThresholdPercent`
 * of its kiosks failed to apply, rolled back or went silent.
 */
export const RolloutGroup = z
  .strictObject({
    name: z.string().trim().min(1).max(40),
    kiosks: z.array(z.string().min(1).max(64)).max(500).optional(),
    percent: z.number().int().min(1).max(100).optional(),
    errorThresholdPercent: z.number().min(0).max(100).default(0),
  })
  .refine((g) => g.kiosks !== undefined || g.percent !== undefined, "a group names kiosks or a percent");
export type RolloutGroup = z.infer<typeof RolloutGroup>;

export const RolloutGroups = z
  .array(RolloutGroup)
  .min(1)
  .max(10)
  .refine((gs) => new Set(gs.map((g) => g.name)).size === gs.length, "group names are unique")
  .refine((gs) => {
    const percents = gs.flatMap((g) => (g.percent === undefined ? [] : [g.percent]));
    return percents.every((p, i) => i === 0 || p >= (percents[i - 1] ?? 0));
  }, "percentages only grow from group to group");

/**
 * A kiosk's stable place 0–99 within one rollout: the same kiosk lands in the same group on
 * every process and every evaluation, and different rollouts pick different first 5 %.
 */
export function bucketOf(rolloutId: string, kioskId: string): number {
  return createHash("sha256").update(`${rolloutId}\n${kioskId}`).digest().readUInt32BE(0) % 100;
}

/** The index of the first group holding the kiosk, or -1. */
export function groupOf(groups: readonly RolloutGroup[], rolloutId: string, kioskId: string): number {
  const bucket = bucketOf(rolloutId, kioskId);
  return groups.findIndex(
    (g) => (g.kiosks?.includes(kioskId) ?? false) || (g.percent !== undefined && bucket < g.percent),
  );
}
