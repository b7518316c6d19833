import { type Kysely, sql } from "kysely";
import { bucketOf, needsAttention, offlineAt, stateSignature } from "../../fleet/device-state";
import { HeartbeatRequest } from "../../protocol";

/**
 * Heartbeat history that stays small: instead of one row per heartbeat (86 million rows a month
 * for 2,000 kiosks), the latest state per kiosk is kept in place with the columns the fleet list
 * filters on, a row is added only when a kiosk's device state *changes*, and charts read 5-minute
 * buckets. Existing history is folded into the new shape, then the per-heartbeat table goes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, type, dflt] of [
    ["app_version", "text", ""],
    ["config_version", "integer", 0],
    ["paper", "text", "ok"],
    ["attention", "integer", 0],
    ["offline_at", "text", ""],
    ["state_sig", "text", ""],
  ] as const) {
    await db.schema
      .alterTable("heartbeats_latest")
      .addColumn(name, type, (c) => c.notNull().defaultTo(dflt))
      .execute();
  }
  await db.schema
    .createTable("heartbeat_changes")
    .addColumn("kiosk_id", "text", (c) => c.notNull())
    .addColumn("received_at", "text", (c) => c.notNull())
    .addColumn("body_json", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("heartbeat_changes_pk", ["kiosk_id", "received_at"])
    .execute();
  await db.schema
    .createIndex("heartbeat_changes_by_time")
    .on("heartbeat_changes")
    .column("received_at")
    .execute();
  let table = db.schema.createTable("fleet_buckets").addColumn("bucket_at", "text", (c) => c.primaryKey());
  // Null = not sampled (no central was running): a gap in the chart, not a zero.
  for (const column of BUCKET_COUNTS) table = table.addColumn(column, "integer");
  await table.execute();
  // The fleet list pages in (enrolled_at, id) order, optionally within one site.
  await db.schema.createIndex("kiosks_by_enrolled").on("kiosks").columns(["enrolled_at", "id"]).execute();
  await db.schema.createIndex("kiosks_by_site").on("kiosks").columns(["site", "enrolled_at", "id"]).execute();

  await backfillLatest(db);
  await foldHistory(db);
  await db.schema.dropTable("heartbeats").execute();
}

/** The counts of one bucket, in column order (gauges sampled, then submissions counted). */
const BUCKET_COUNTS = [
  "kiosks",
  "online",
  "attention",
  "paper_ok",
  "paper_near_end",
  "paper_out",
  "submissions",
  "approved",
  "rejected",
] as const;
type Bucket = Record<(typeof BUCKET_COUNTS)[number], number>;
const emptyBucket = (): Bucket => ({
  kiosks: 0,
  online: 0,
  attention: 0,
  paper_ok: 0,
  paper_near_end: 0,
  paper_out: 0,
  submissions: 0,
  approved: 0,
  rejected: 0,
});

const parse = (json: string): HeartbeatRequest | undefined => {
  try {
    return HeartbeatRequest.safeParse(JSON.parse(json)).data;
  } catch {
    return undefined;
  }
};

async function backfillLatest(db: Kysely<unknown>): Promise<void> {
  const rows = await sql<{
    kiosk_id: string;
    received_at: string;
    interval_seconds: number;
    body_json: string;
  }>`
    select kiosk_id, received_at, interval_seconds, body_json from heartbeats_latest`.execute(db);
  for (const r of rows.rows) {
    const body = parse(r.body_json);
    if (body === undefined) continue;
    await sql`update heartbeats_latest set app_version = ${body.appVersion}, config_version = ${body.configVersion},
      paper = ${body.devices.printer.paper}, attention = ${needsAttention(body) ? 1 : 0},
      offline_at = ${offlineAt(r.received_at, r.interval_seconds)}, state_sig = ${stateSignature(body)}
      where kiosk_id = ${r.kiosk_id}`.execute(db);
  }
}

const PAGE = 5_000;

/**
 * Walks the old history kiosk by kiosk, oldest first (keyset pages over its by-kiosk index): a
 * row becomes a change when its state differs from the kiosk's previous row, and each kiosk
 * heard in a bucket counts online there with its first state in it. Submissions over the same
 * span are counted into the same buckets.
 */
async function foldHistory(db: Kysely<unknown>): Promise<void> {
  const buckets = new Map<string, Bucket>();
  const bucket = (at: string): Bucket => {
    const key = bucketOf(at);
    let b = buckets.get(key);
    if (b === undefined) buckets.set(key, (b = emptyBucket()));
    return b;
  };
  let after: [string, string] = ["", ""];
  let kiosk = "";
  let lastSig = "";
  let lastBucket = "";
  for (;;) {
    const page = await sql<{ kiosk_id: string; received_at: string; body_json: string }>`
      select kiosk_id, received_at, body_json from heartbeats
      where (kiosk_id, received_at) > (${after[0]}, ${after[1]})
      order by kiosk_id, received_at limit ${PAGE}`.execute(db);
    const changes: { kiosk_id: string; received_at: string; body_json: string }[] = [];
    for (const r of page.rows) {
      if (r.kiosk_id !== kiosk) [kiosk, lastSig, lastBucket] = [r.kiosk_id, "", ""];
      const body = parse(r.body_json);
      if (body === undefined) continue;
      const sig = stateSignature(body);
      if (sig !== lastSig) changes.push(r);
      lastSig = sig;
      const key = bucketOf(r.received_at);
      if (key !== lastBucket) {
        const b = bucket(r.received_at);
        b.online += 1;
        b.attention += needsAttention(body) ? 1 : 0;
        const paper = body.devices.printer.paper;
        if (paper === "ok") b.paper_ok += 1;
        else if (paper === "near-end") b.paper_near_end += 1;
        else b.paper_out += 1;
      }
      lastBucket = key;
    }
    // Two old rows of one kiosk at the same millisecond would collide on the new key: keep one.
    for (const c of changes) {
      await sql`insert into heartbeat_changes (kiosk_id, received_at, body_json)
        values (${c.kiosk_id}, ${c.received_at}, ${c.body_json}) on conflict do nothing`.execute(db);
    }
    const last = page.rows.at(-1);
    if (last === undefined || page.rows.length < PAGE) break;
    after = [last.kiosk_id, last.received_at];
  }
  if (buckets.size === 0) return;
  const keys = [...buckets.keys()].sort();
  const first = keys[0] ?? "";
  const kiosks = await sql<{ enrolled_at: string }>`select enrolled_at from kiosks`.execute(db);
  let subAfter: [string, string, string] = [first, "", ""];
  for (;;) {
    const page = await sql<{ received_at: string; kiosk_id: string; id: string; status: string }>`
      select received_at, kiosk_id, id, status from submissions
      where (received_at, kiosk_id, id) > (${subAfter[0]}, ${subAfter[1]}, ${subAfter[2]})
      order by received_at, kiosk_id, id limit ${PAGE}`.execute(db);
    for (const s of page.rows) {
      const b = buckets.get(bucketOf(s.received_at));
      if (b === undefined) continue;
      b.submissions += 1;
      if (s.status === "approved") b.approved += 1;
      if (s.status === "rejected") b.rejected += 1;
    }
    const last = page.rows.at(-1);
    if (last === undefined || page.rows.length < PAGE) break;
    subAfter = [last.received_at, last.kiosk_id, last.id];
  }
  for (const key of keys) {
    const b = buckets.get(key) ?? emptyBucket();
    const end = new Date(Date.parse(key) + 5 * 60_000).toISOString();
    b.kiosks = kiosks.rows.filter((k) => k.enrolled_at < end).length;
    await sql`insert into fleet_buckets (bucket_at, kiosks, online, attention, paper_ok, paper_near_end, paper_out,
      submissions, approved, rejected) values (${key}, ${b.kiosks}, ${b.online}, ${b.attention}, ${b.paper_ok},
      ${b.paper_near_end}, ${b.paper_out}, ${b.submissions}, ${b.approved}, ${b.rejected})`.execute(db);
  }
}
