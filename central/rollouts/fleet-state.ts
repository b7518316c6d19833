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

/** Kiosks read per query when the whole fleet is read: small enough to leave the loop free. */
const PAGE = 500;

/** Lets requests waiting on the event loop (heartbeats) run between two pages. */
const yieldToRequests = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Every kiosk with its latest reported state. The one place rollouts and alerts read the
 * heartbeat's latest state from, so a change of where that state is kept touches only this file.
 *
 * Why the fleet is read by pages of 500, with a pause between: on SQLite a query runs on the
 * event loop, and reading and parsing 10,000 kiosks' latest heartbeats at once held it for a
 * third of a second every alert sweep (15 s) — every heartbeat arriving meanwhile waited that long.
 */
export async function kioskStates(
  db: Kysely<CentralSchema>,
  now: Date,
  only?: { ids?: readonly string[] },
): Promise<KioskState[]> {
  if (only?.ids !== undefined) {
    if (only.ids.length === 0) return [];
    return (await selectStates(db).where("k.id", "in", only.ids).execute()).map((r) => stateOf(r, now));
  }
  const states: KioskState[] = [];
  let after: string | undefined;
  for (;;) {
    let q = selectStates(db).limit(PAGE);
    if (after !== undefined) q = q.where("k.id", ">", after);
    const rows = await q.execute();
    for (const r of rows) states.push(stateOf(r, now));
    after = rows.at(-1)?.id;
    if (rows.length < PAGE || after === undefined) return states;
    await yieldToRequests();
  }
}

function selectStates(db: Kysely<CentralSchema>) {
  return db
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
}

type StateRow = Awaited<ReturnType<ReturnType<typeof selectStates>["execute"]>>[number];

function stateOf(r: StateRow, now: Date): KioskState {
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
}
