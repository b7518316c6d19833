import type { Kysely, Selectable } from "kysely";
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
