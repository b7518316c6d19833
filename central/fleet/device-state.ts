/**
 * What of a heartbeat counts as the kiosk's *state* (kept as a change when it differs from the
 * last one) and what is just a reading (outbox depth, which moves every minute and is kept only
 * as the latest value). Pure functions: the heartbeat write path, migration 0080 and the bench
 * seed all use them, so history written any of those ways looks the same.
 */
import type { HeartbeatRequest } from "../protocol";

/** A kiosk counts as offline after this many heartbeat intervals of silence. */
export const OFFLINE_AFTER_INTERVALS = 3;

/** Width of one chart bucket (fleet_buckets), in ms. */
export const BUCKET_MS = 5 * 60_000;

/** Start of the 5-minute bucket holding `iso`, as an ISO string (bucket keys sort as text). */
export function bucketOf(iso: string): string {
  const t = Date.parse(iso);
  return new Date(t - (t % BUCKET_MS)).toISOString();
}

/** When a kiosk last heard at `receivedAt` with this interval turns offline (ISO). */
export function offlineAt(receivedAt: string, intervalSeconds: number): string {
  return new Date(Date.parse(receivedAt) + OFFLINE_AFTER_INTERVALS * intervalSeconds * 1000).toISOString();
}

/**
 * The state part of a heartbeat as canonical text: two heartbeats with the same signature are the
 * same state. Devices are sorted by name so a kiosk listing them in another order is no change.
 */
export function stateSignature(body: HeartbeatRequest): string {
  const devices = Object.entries(body.devices).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([
    body.appVersion,
    body.configVersion,
    body.configState ?? null,
    body.catalogVersion ?? null,
    body.catalogState ?? null,
    (body.parkedCount ?? 0) > 0,
    devices,
  ]);
}

/** Needs a technician or a manager's look: paper, cover, a faulty device, parked items, a refused config or catalog. */
export function needsAttention(body: HeartbeatRequest): boolean {
  const { printer } = body.devices;
  const faulty = Object.values(body.devices).some((d) => d.state === "error" || d.state === "offline");
  return (
    faulty ||
    printer.paper !== "ok" ||
    printer.coverOpen ||
    (body.parkedCount ?? 0) > 0 ||
    (body.configState !== undefined && body.configState !== "ok") ||
    (body.catalogState !== undefined && body.catalogState !== "ok")
  );
}
