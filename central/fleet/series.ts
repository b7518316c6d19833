import type { Kysely } from "kysely";
import { bucketsBetween, bucketsFolded, type FleetBucketRow } from "../db/queries/fleet-buckets";
import type { CentralSchema } from "../db/schema";
import { SERIES_STEPS, type FleetSeriesReply } from "./schemas";

const DAY = 24 * 60 * 60_000;
/** Longest span one chart asks for (a month and a day, so "the last 30 days" always fits). */
export const MAX_SERIES_DAYS = 31;

type Step = keyof typeof SERIES_STEPS;
type Gauge = "kiosks" | "online" | "attention" | "paper_ok" | "paper_near_end" | "paper_out";
type Count = "submissions" | "approved" | "rejected";

/** Mean of the non-null values, rounded; null when there is none. */
function mean(rows: FleetBucketRow[], key: Gauge): number | null {
  const values = rows.map((r) => r[key]).filter((v): v is number => v !== null);
  return values.length === 0 ? null : Math.round(values.reduce((a, b) => a + b, 0) / values.length);
}

function sum(rows: FleetBucketRow[], key: Count): number | null {
  const values = rows.map((r) => r[key]).filter((v): v is number => v !== null);
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0);
}

/**
 * The fleet chart over [from, to) in steps of 5 minutes, an hour or a day (UTC), from the stored
 * 5-minute buckets; at most 31 days (8,928 buckets read through the primary key; hours and days
 * summed up by the database).
 */
export async function fleetSeries(
  db: Kysely<CentralSchema>,
  now: Date,
  query: { from?: string | undefined; to?: string | undefined; step: Step },
): Promise<FleetSeriesReply | { tooLong: true }> {
  const to = query.to === undefined ? now : new Date(query.to);
  const from = query.from === undefined ? new Date(to.getTime() - DAY) : new Date(query.from);
  if (to.getTime() - from.getTime() > MAX_SERIES_DAYS * DAY) return { tooLong: true };
  if (query.step !== "5m") {
    // Hours and days are folded by the database: the JS below built a point from every one of a
    // month's 8,640 buckets, hundreds of ms on a busy central.
    const folded = await bucketsFolded(
      db,
      from.toISOString(),
      to.toISOString(),
      query.step === "1h" ? 13 : 10,
    );
    const suffix = query.step === "1h" ? ":00:00.000Z" : "T00:00:00.000Z";
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      step: query.step,
      points: folded.map((b) => ({
        at: `${b.key}${suffix}`,
        kiosks: b.kiosks,
        online: b.online,
        attention: b.attention,
        paper: { ok: b.paper_ok, nearEnd: b.paper_near_end, out: b.paper_out },
        submissions: b.submissions,
        approved: b.approved,
        rejected: b.rejected,
      })),
    };
  }
  const rows = await bucketsBetween(db, from.toISOString(), to.toISOString());
  const stepMs = SERIES_STEPS[query.step];
  const groups = new Map<number, FleetBucketRow[]>();
  for (const row of rows) {
    const t = Date.parse(row.bucket_at);
    const key = t - (t % stepMs);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  }
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    step: query.step,
    points: [...groups.entries()].map(([t, g]) => ({
      at: new Date(t).toISOString(),
      kiosks: mean(g, "kiosks"),
      online: mean(g, "online"),
      attention: mean(g, "attention"),
      paper: { ok: mean(g, "paper_ok"), nearEnd: mean(g, "paper_near_end"), out: mean(g, "paper_out") },
      submissions: sum(g, "submissions"),
      approved: sum(g, "approved"),
      rejected: sum(g, "rejected"),
    })),
  };
}
