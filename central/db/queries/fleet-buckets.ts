import { type Kysely, type Selectable, sql } from "kysely";
import type { CentralSchema, FleetBucketsTable } from "../schema";

export type FleetBucketRow = Selectable<FleetBucketsTable>;

/** What the fleet looks like right now, from the latest state per kiosk (revoked kiosks left out). */
export async function fleetGauges(db: Kysely<CentralSchema>, now: string) {
  const rows = await db
    .selectFrom("kiosks")
    .leftJoin("heartbeats_latest", "heartbeats_latest.kiosk_id", "kiosks.id")
    .select((eb) => [
      eb.fn.countAll<number | string>().as("kiosks"),
      eb.fn
        .sum<number | string | null>(eb.case().when("offline_at", ">=", now).then(1).else(0).end())
        .as("online"),
      eb.fn
        .sum<number | string | null>(
          eb
            .case()
            .when(eb.and([eb("offline_at", ">=", now), eb("attention", "=", 1)]))
            .then(1)
            .else(0)
            .end(),
        )
        .as("attention"),
      ...(["ok", "near-end", "out"] as const).map((paper) =>
        eb.fn
          .sum<number | string | null>(
            eb
              .case()
              .when(eb.and([eb("offline_at", ">=", now), eb("paper", "=", paper)]))
              .then(1)
              .else(0)
              .end(),
          )
          .as(`paper_${paper}`),
      ),
    ])
    .where("kiosks.revoked_at", "is", null)
    .executeTakeFirstOrThrow();
  // PostgreSQL answers count and sum as text (bigint/numeric); SQLite as numbers.
  const n = (v: number | string | null): number => Number(v ?? 0);
  return {
    kiosks: n(rows.kiosks),
    online: n(rows.online),
    attention: n(rows.attention),
    paper_ok: n(rows["paper_ok"]),
    paper_near_end: n(rows["paper_near-end"]),
    paper_out: n(rows["paper_out"]),
  };
}

/** Status of every submission received since `since` (ISO), to count into buckets. */
export async function submissionsSince(db: Kysely<CentralSchema>, since: string) {
  return db
    .selectFrom("submissions")
    .select(["received_at", "status"])
    .where("received_at", ">=", since)
    .execute();
}

/**
 * Writes one bucket's values, keeping the columns not given. Idempotent: every central process
 * samples, and the last sample of a bucket wins.
 */
export async function upsertBucket(
  db: Kysely<CentralSchema>,
  bucketAt: string,
  values: Partial<Omit<FleetBucketRow, "bucket_at">>,
): Promise<void> {
  const entries = Object.entries(values) as [keyof Omit<FleetBucketRow, "bucket_at">, number | null][];
  await db
    .insertInto("fleet_buckets")
    .values({ bucket_at: bucketAt, ...values })
    .onConflict((oc) =>
      oc
        .column("bucket_at")
        .doUpdateSet((eb) => Object.fromEntries(entries.map(([k]) => [k, eb.ref(`excluded.${k}`)]))),
    )
    .execute();
}

/** Buckets starting in [from, to), oldest first. */
export async function bucketsBetween(
  db: Kysely<CentralSchema>,
  from: string,
  to: string,
): Promise<FleetBucketRow[]> {
  return db
    .selectFrom("fleet_buckets")
    .selectAll()
    .where("bucket_at", ">=", from)
    .where("bucket_at", "<", to)
    .orderBy("bucket_at")
    .execute();
}

const GAUGES = ["kiosks", "online", "attention", "paper_ok", "paper_near_end", "paper_out"] as const;
const COUNTS = ["submissions", "approved", "rejected"] as const;

/**
 * The buckets in [from, to) folded by the first `keyLength` characters of their ISO start (13:
 * the hour, 10: the day), in the database: gauges averaged, counts summed, nulls (not sampled)
 * left out of both, as the chart reads them. A month by day is 30 rows read, not 8,640.
 */
export async function bucketsFolded(db: Kysely<CentralSchema>, from: string, to: string, keyLength: 10 | 13) {
  const key = sql<string>`substr(bucket_at, 1, ${sql.lit(keyLength)})`;
  const rows = await db
    .selectFrom("fleet_buckets")
    .select((eb) => [
      key.as("key"),
      ...GAUGES.map((g) => eb.fn.avg<number | string | null>(g).as(g)),
      ...COUNTS.map((c) => eb.fn.sum<number | string | null>(c).as(c)),
    ])
    .where("bucket_at", ">=", from)
    .where("bucket_at", "<", to)
    .groupBy(key)
    .orderBy(key)
    .execute();
  // PostgreSQL answers avg and sum as text (numeric, bigint); SQLite as numbers.
  const n = (v: number | string | null, round: boolean): number | null =>
    v === null ? null : round ? Math.round(Number(v)) : Number(v);
  return rows.map((r) => ({
    key: r.key,
    ...(Object.fromEntries(GAUGES.map((g) => [g, n(r[g], true)])) as Record<
      (typeof GAUGES)[number],
      number | null
    >),
    ...(Object.fromEntries(COUNTS.map((c) => [c, n(r[c], false)])) as Record<
      (typeof COUNTS)[number],
      number | null
    >),
  }));
}
