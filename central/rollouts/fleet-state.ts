import type { Kysely } from "kysely";
import type { CentralSchema } from "../db/schema";
import { OFFLINE_AFTER_INTERVALS } from "../fleet/kiosk-health";
import { HeartbeatRequest } from "../protocol";
import type { Placement } from "./layer-name";

/** A kiosk as rollouts and alerts see it: where it sits and what it last reported. */
export interface KioskState extends Placement {
  name: string;
  revoked: boolean;
  lastSeen: string | null;
  intervalSeconds: number;
  /** silent for more than three of its heartbeat intervals (or never heard from) */
  silent: boolean;
  reported: HeartbeatRequest | null;
}

/**
 * Every kiosk with its latest reported state. The one place rollouts and alerts read the
 * heartbeat's latest state from, so a change of where that state is kept touches only this file.
 */
export async function kioskStates(
  db: Kysely<CentralSchema>,
  now: Date,
  only?: { ids?: readonly string[] },
): Promise<KioskState[]> {
  let q = db
    .selectFrom("kiosks as k")
    .leftJoin("heartbeats_latest as h", "h.kiosk_id", "k.id")
    .select([
      "k.id",
      "k.name",
      "k.site",
      "k.district",
      "k.revoked_at",
      "h.received_at",
      "h.interval_seconds",
      "h.body_json",
    ])
    .orderBy("k.id");
  if (only?.ids !== undefined) {
    if (only.ids.length === 0) return [];
    q = q.where("k.id", "in", only.ids);
  }
  const rows = await q.execute();
  return rows.map((r) => {
    const interval = r.interval_seconds ?? 60;
    const silent =
      r.received_at === null ||
      now.getTime() - Date.parse(r.received_at) > OFFLINE_AFTER_INTERVALS * interval * 1000;
    const reported =
      r.body_json === null ? null : (HeartbeatRequest.safeParse(JSON.parse(r.body_json)).data ?? null);
    return {
      id: r.id,
      name: r.name,
      site: r.site,
      district: r.district,
      revoked: r.revoked_at !== null,
      lastSeen: r.received_at,
      intervalSeconds: interval,
      silent,
      reported,
    };
  });
}
