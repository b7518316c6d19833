import type { Kysely } from "kysely";
import type { CentralSchema } from "../schema";

export type FleetStatus = "online" | "offline" | "never" | "attention";

export interface FleetFilter {
  site?: string | undefined;
  /**
   * The kiosk's district as placed by a manager (kiosks.district, the config layers' district);
   * for kiosks not yet placed, sites named `<district>-<place>` (e.g. gulou-centre) count too.
   * The caller lets no LIKE wildcard (% _) through.
   */
  district?: string | undefined;
  status?: FleetStatus | undefined;
  /** App version the kiosk reported last. */
  version?: string | undefined;
}

/**
 * One page of kiosks with their latest heartbeat, in enrollment order (then id, so the order is
 * total and a page boundary never skips or repeats a kiosk), after the key `after`.
 * Reads limit + 1 rows: the extra one only tells whether there is a next page.
 */
export async function listKiosksPage(
  db: Kysely<CentralSchema>,
  options: FleetFilter & { now: string; limit: number; after?: readonly [string, string] | undefined },
) {
  let query = db
    .selectFrom("kiosks")
    .leftJoin("heartbeats_latest", "heartbeats_latest.kiosk_id", "kiosks.id")
    .select([
      "kiosks.id",
      "kiosks.name",
      "kiosks.site",
      "kiosks.enrolled_at",
      "kiosks.revoked_at",
      "heartbeats_latest.received_at",
      "heartbeats_latest.interval_seconds",
      "heartbeats_latest.body_json",
      "heartbeats_latest.offline_at",
    ]);
  const { after, site, district, status, version, now } = options;
  if (after !== undefined) {
    query = query.where((eb) =>
      eb(eb.refTuple("kiosks.enrolled_at", "kiosks.id"), ">", eb.tuple(after[0], after[1])),
    );
  }
  if (site !== undefined) query = query.where("kiosks.site", "=", site);
  if (district !== undefined) {
    query = query.where((eb) =>
      eb.or([
        eb("kiosks.district", "=", district),
        eb.and([
          eb("kiosks.district", "is", null),
          eb.or([eb("kiosks.site", "=", district), eb("kiosks.site", "like", `${district}-%`)]),
        ]),
      ]),
    );
  }
  if (version !== undefined) query = query.where("heartbeats_latest.app_version", "=", version);
  if (status === "online") query = query.where("heartbeats_latest.offline_at", ">=", now);
  if (status === "offline") query = query.where("heartbeats_latest.offline_at", "<", now);
  if (status === "never") query = query.where("heartbeats_latest.kiosk_id", "is", null);
  if (status === "attention") query = query.where("heartbeats_latest.attention", "=", 1);
  return query
    .orderBy("kiosks.enrolled_at")
    .orderBy("kiosks.id")
    .limit(options.limit + 1)
    .execute();
}

/** How many kiosks are online, offline, never heard, and need attention (revoked ones left out). */
export async function fleetCounts(db: Kysely<CentralSchema>, now: string) {
  const row = await db
    .selectFrom("kiosks")
    .leftJoin("heartbeats_latest", "heartbeats_latest.kiosk_id", "kiosks.id")
    .select((eb) => [
      eb.fn.countAll<number | string>().as("kiosks"),
      eb.fn
        .sum<number | string | null>(eb.case().when("offline_at", ">=", now).then(1).else(0).end())
        .as("online"),
      eb.fn
        .sum<number | string | null>(eb.case().when("offline_at", "<", now).then(1).else(0).end())
        .as("offline"),
      eb.fn
        .sum<number | string | null>(eb.case().when("attention", "=", 1).then(1).else(0).end())
        .as("attention"),
    ])
    .where("kiosks.revoked_at", "is", null)
    .executeTakeFirstOrThrow();
  const n = (v: number | string | null): number => Number(v ?? 0);
  const kiosks = n(row.kiosks);
  const online = n(row.online);
  const offline = n(row.offline);
  return { kiosks, online, offline, never: kiosks - online - offline, attention: n(row.attention) };
}
