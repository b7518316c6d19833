/**
 * What the console reads from each fleet route, checked with zod as it arrives. Loose objects:
 * the service may add fields (older consoles keep working); the ones the pages show must be there.
 */
import * as z from "zod";

const Devices = z.record(
  z.string(),
  z.looseObject({ state: z.string(), paper: z.string().optional(), lastError: z.string().optional() }),
);
export const Health = z.looseObject({
  appVersion: z.string(),
  configVersion: z.number(),
  devices: Devices,
  outboxDepth: z.number(),
  parkedCount: z.number().optional(),
  configState: z.string().optional(),
});
export type Health = z.infer<typeof Health>;

export const FleetKiosk = z.looseObject({
  id: z.string(),
  name: z.string(),
  site: z.string().nullable(),
  lastSeen: z.string().nullable(),
  online: z.boolean(),
  /** Absent from a central older than the field. */
  revokedAt: z.string().nullable().optional(),
  health: Health.nullable(),
});
export type FleetKiosk = z.infer<typeof FleetKiosk>;
export const FleetKiosksReply = z.looseObject({
  kiosks: z.array(FleetKiosk),
  next: z.string().nullable().optional(),
});
export const FleetSummary = z.looseObject({
  kiosks: z.number(),
  online: z.number(),
  offline: z.number(),
  never: z.number(),
  attention: z.number(),
});
export type FleetSummary = z.infer<typeof FleetSummary>;

export const Me = z.looseObject({ actor: z.string(), role: z.enum(["viewer", "operator", "admin"]) });
export type Me = z.infer<typeof Me>;
export const LoginReply = z.looseObject({ token: z.string(), username: z.string(), role: z.string() });

export const KioskConfig = z.looseObject({
  kioskId: z.string(),
  district: z.string().nullable(),
  site: z.string().nullable(),
  desired: z.looseObject({
    configVersion: z.number(),
    configDigest: z.string().nullable(),
    appVersion: z.string().nullable(),
    layers: z.array(
      z.looseObject({ layer: z.string(), version: z.number(), rolloutId: z.string().nullable() }),
    ),
    sources: z.record(z.string(), z.string()),
  }),
  reported: z.looseObject({
    lastSeen: z.string().nullable(),
    silent: z.boolean(),
    configVersion: z.number().nullable(),
    configState: z.string().nullable(),
    configDigest: z.string().nullable(),
    appVersion: z.string().nullable(),
  }),
  compliant: z.looseObject({ config: z.boolean(), app: z.boolean() }),
});
export type KioskConfig = z.infer<typeof KioskConfig>;

export const Heartbeats = z.looseObject({
  heartbeats: z.array(z.looseObject({ receivedAt: z.string(), health: z.unknown() })),
  next: z.string().nullable(),
});
export const SupportPackets = z.looseObject({
  packets: z.array(
    z.looseObject({
      id: z.string(),
      kioskId: z.string(),
      receivedAt: z.string(),
      sizeBytes: z.number(),
      note: z.string().nullable(),
    }),
  ),
});

export const KioskRequest = z.looseObject({
  id: z.string(),
  kind: z.string(),
  requestedAt: z.string(),
  requestedBy: z.string(),
  status: z.enum(["pending", "done"]),
  doneAt: z.string().nullable(),
  packetId: z.string().nullable(),
});
export type KioskRequest = z.infer<typeof KioskRequest>;
export const KioskRequests = z.looseObject({ requests: z.array(KioskRequest) });
export const KioskRequestAsked = z.looseObject({ request: KioskRequest, created: z.boolean() });

export const LayerList = z.looseObject({
  layers: z.array(z.looseObject({ layer: z.string(), version: z.number() })),
  nextCursor: z.string().nullable(),
});
export const LayerRevisions = z.looseObject({
  layer: z.string(),
  revisions: z.array(
    z.looseObject({
      version: z.number(),
      config: z.unknown(),
      createdAt: z.string(),
      createdBy: z.string().nullable(),
    }),
  ),
});

export const GroupProgress = z.looseObject({
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
export const Rollout = z.looseObject({
  id: z.string(),
  kind: z.string(),
  layer: z.string(),
  configVersion: z.number().nullable(),
  appVersion: z.string().nullable(),
  status: z.string(),
  statusReason: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  progress: z.array(GroupProgress).optional(),
});
export type Rollout = z.infer<typeof Rollout>;
export const Rollouts = z.looseObject({ rollouts: z.array(Rollout), nextCursor: z.string().nullable() });

export const Alerts = z.looseObject({
  alerts: z.array(
    z.looseObject({
      id: z.string(),
      at: z.string(),
      kind: z.string(),
      kioskId: z.string().nullable(),
      detail: z.unknown(),
      severity: z.string(),
      resolvedAt: z.string().nullable(),
    }),
  ),
  nextCursor: z.string().nullable(),
});
export const Audit = z.looseObject({
  entries: z.array(
    z.looseObject({
      id: z.string(),
      at: z.string(),
      actor: z.string(),
      action: z.string(),
      detail: z.unknown(),
    }),
  ),
  nextCursor: z.string().nullable(),
});

const n = z.number().nullable();
export const Series = z.looseObject({
  from: z.string(),
  to: z.string(),
  points: z.array(
    z.looseObject({
      at: z.string(),
      online: n,
      paper: z.looseObject({ ok: n, nearEnd: n, out: n }),
      submissions: n,
      approved: n,
      rejected: n,
    }),
  ),
});
export type Series = z.infer<typeof Series>;

export const EnrollmentCode = z.looseObject({
  code: z.string().min(1),
  site: z.string().nullable(),
  expiresAt: z.string(),
});
export type EnrollmentCode = z.infer<typeof EnrollmentCode>;
export const KioskRevoked = z.looseObject({ kioskId: z.string(), revokedAt: z.string() });
export const Placement = z.looseObject({
  kioskId: z.string(),
  district: z.string().nullable(),
  site: z.string().nullable(),
});

export const Role = z.enum(["viewer", "operator", "admin"]);
export type Role = z.infer<typeof Role>;
export const Manager = z.looseObject({
  id: z.string(),
  username: z.string(),
  role: Role,
  createdAt: z.string(),
  disabledAt: z.string().nullable(),
});
export type Manager = z.infer<typeof Manager>;
export const Managers = z.looseObject({ managers: z.array(Manager), nextCursor: z.string().nullable() });
