import type { Kysely } from "kysely";
import { listKiosksWithHealth } from "../db/queries/kiosks";
import type { CentralSchema } from "../db/schema";
import { HeartbeatRequest } from "../protocol";
import type { FleetKiosk } from "./schemas";

/** A kiosk counts as offline after this many heartbeat intervals of silence. */
export const OFFLINE_AFTER_INTERVALS = 3;

/** Every kiosk with its latest health and whether it is online at `now`. */
export async function fleetKiosks(db: Kysely<CentralSchema>, now: Date): Promise<FleetKiosk[]> {
  const rows = await listKiosksWithHealth(db);
  return rows.map((r) => {
    const lastSeen = r.received_at;
    const interval = r.interval_seconds ?? 60;
    const online =
      lastSeen !== null && now.getTime() - Date.parse(lastSeen) <= OFFLINE_AFTER_INTERVALS * interval * 1000;
    const health =
      r.body_json === null ? null : (HeartbeatRequest.safeParse(JSON.parse(r.body_json)).data ?? null);
    return { id: r.id, name: r.name, site: r.site, enrolledAt: r.enrolled_at, lastSeen, online, health };
  });
}
