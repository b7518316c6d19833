/** Request and reply shapes of the rollout and config-layer routes (JSON, zod). */
import * as z from "zod";
import { RolloutGroups } from "./groups";
import { LayerName } from "./layer-name";

export const RolloutCreateRequest = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("config"),
    /** the layer whose new revision this rollout carries */
    layer: LayerName,
    config: z.record(z.string(), z.unknown()),
    expiresInDays: z.number().int().min(1).max(3650).optional(),
    groups: RolloutGroups,
  }),
  z.strictObject({
    kind: z.literal("app"),
    /** which kiosks the version is for */
    layer: LayerName,
    appVersion: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.+-]{0,63}$/, "an app version like 1.4.2"),
    groups: RolloutGroups,
  }),
]);
export type RolloutCreateRequest = z.infer<typeof RolloutCreateRequest>;

export const RolloutAction = z.enum(["pause", "resume", "cancel", "rollback"]);
export type RolloutAction = z.infer<typeof RolloutAction>;

export const RolloutStatus = z.enum(["running", "paused", "completed", "cancelled", "rolled-back"]);

export const GroupProgress = z.object({
  name: z.string(),
  started: z.boolean(),
  kiosks: z.number(),
  done: z.number(),
  pending: z.number(),
  failed: z.number(),
  silent: z.number(),
  errorThresholdPercent: z.number(),
  errorPercent: z.number(),
});

export const Rollout = z.object({
  id: z.string(),
  kind: z.enum(["config", "app"]),
  layer: z.string(),
  configVersion: z.number().nullable(),
  appVersion: z.string().nullable(),
  groups: RolloutGroups,
  groupIndex: z.number(),
  status: RolloutStatus,
  statusReason: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** per group, counted now (only on single-rollout replies) */
  progress: z.array(GroupProgress).optional(),
});
export type Rollout = z.infer<typeof Rollout>;
export const RolloutsReply = z.object({ rollouts: z.array(Rollout), nextCursor: z.string().nullable() });
export type RolloutsReply = z.infer<typeof RolloutsReply>;

export const RolloutsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  status: RolloutStatus.optional(),
});

export const LayerPutRequest = z.strictObject({
  config: z.record(z.string(), z.unknown()),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});

export const PlacementRequest = z.strictObject({
  district: z.string().trim().min(1).max(64).nullable().optional(),
  site: z.string().trim().min(1).max(64).nullable().optional(),
});

/** Desired vs reported state of one kiosk (GET /v1/fleet/kiosks/:id/config). */
export const KioskConfigReply = z.object({
  kioskId: z.string(),
  district: z.string().nullable(),
  site: z.string().nullable(),
  desired: z.object({
    configVersion: z.number(),
    configDigest: z.string().nullable(),
    /** from app rollouts; null = the update feed's channel decides */
    appVersion: z.string().nullable(),
    layers: z.array(z.object({ layer: z.string(), version: z.number(), rolloutId: z.string().nullable() })),
    config: z.record(z.string(), z.unknown()).nullable(),
    sources: z.record(z.string(), z.string()),
  }),
  reported: z.object({
    lastSeen: z.string().nullable(),
    silent: z.boolean(),
    configVersion: z.number().nullable(),
    configState: z.string().nullable(),
    configDigest: z.string().nullable(),
    appVersion: z.string().nullable(),
  }),
  compliant: z.object({ config: z.boolean(), app: z.boolean() }),
});
export type KioskConfigReply = z.infer<typeof KioskConfigReply>;
