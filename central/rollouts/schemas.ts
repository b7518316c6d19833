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

/** GET /v1/fleet/config/layers: each layer with its newest version, a page at a time by name. */
export const LayersReply = z.object({
  layers: z.array(z.object({ layer: z.string(), version: z.number() })),
  nextCursor: z.string().nullable(),
});
export type LayersReply = z.infer<typeof LayersReply>;
/** GET /v1/fleet/config/layers/:layer: its 20 newest revisions, newest first. */
export const LayerReply = z.object({
  layer: z.string(),
  revisions: z.array(
    z.object({
      version: z.number(),
      config: z.unknown(),
      createdAt: z.string(),
      createdBy: z.string(),
      expiresAt: z.string(),
      rolloutId: z.string().nullable(),
    }),
  ),
});
export type LayerReply = z.infer<typeof LayerReply>;
/** PUT /v1/fleet/config/layers/:layer */
export const LayerPublishReply = z.object({ version: z.number(), layer: z.string(), expiresAt: z.string() });
export type LayerPublishReply = z.infer<typeof LayerPublishReply>;
/** GET /v1/fleet/rollouts/:id: the rollout with its progress, its config and where each kiosk stands. */
export const RolloutDetailReply = Rollout.extend({
  config: z.unknown(),
  kiosks: z.array(z.object({ id: z.string(), group: z.number(), outcome: z.string() })),
});
export type RolloutDetailReply = z.infer<typeof RolloutDetailReply>;
/** PUT /v1/fleet/kiosks/:id/placement */
export const PlacementReply = z.object({
  kioskId: z.string(),
  district: z.string().nullable(),
  site: z.string().nullable(),
});
export type PlacementReply = z.infer<typeof PlacementReply>;

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
