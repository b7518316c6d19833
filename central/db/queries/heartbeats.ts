import { type Kysely, sql } from "kysely";
import { needsAttention, offlineAt, stateSignature } from "../../fleet/device-state";
import type { HeartbeatRequest } from "../../protocol";
import type { CentralSchema } from "../schema";

export interface HeartbeatRow {
  kioskId: string;
  receivedAt: string;
  intervalSeconds: number;
  body: HeartbeatRequest;
  bodyJson: string;
}

/** By kiosk, then by time: one lock order for every batch, and each kiosk's rows in sequence. */
const inKioskOrder = (rows: readonly HeartbeatRow[]): HeartbeatRow[] =>
  [...rows].sort((a, b) =>
    a.kioskId === b.kioskId ? (a.receivedAt < b.receivedAt ? -1 : 1) : a.kioskId < b.kioskId ? -1 : 1,
  );

/**
 * Keeps each heartbeat as its kiosk's latest state, and adds it to the history only when the
 * kiosk's device state changed (fleet/device-state.ts) — one transaction for the whole batch.
 *
 * Why not every heartbeat: at one a minute that is 43,200 rows per kiosk-month, each with index
 * entries and fsync cost, and the history only ever answered "what changed when".
 *
 * Why sorted and de-duplicated: PostgreSQL refuses an upsert that touches one row twice, and
 * taking row locks in one order keeps two processes' batches from deadlocking. A kiosk sends one
 * heartbeat at a time, so two processes racing on one kiosk's previous state is not a case.
 */
export async function recordHeartbeats(
  db: Kysely<CentralSchema>,
  rows: readonly HeartbeatRow[],
): Promise<void> {
  if (rows.length === 0) return;
  const ordered = inKioskOrder(rows);
  const latest = new Map<string, { row: HeartbeatRow; sig: string }>();
  for (const row of ordered) latest.set(row.kioskId, { row, sig: stateSignature(row.body) });
  await db.transaction().execute(async (tx) => {
    const previous = await tx
      .selectFrom("heartbeats_latest")
      .select(["kiosk_id", "state_sig"])
      .where("kiosk_id", "in", [...latest.keys()])
      .execute();
    const lastSig = new Map(previous.map((p) => [p.kiosk_id, p.state_sig]));
    const changes: { kiosk_id: string; received_at: string; body_json: string }[] = [];
    for (const row of ordered) {
      const sig = stateSignature(row.body);
      if (lastSig.get(row.kioskId) === sig) continue;
      lastSig.set(row.kioskId, sig);
      changes.push({ kiosk_id: row.kioskId, received_at: row.receivedAt, body_json: row.bodyJson });
    }
    if (changes.length > 0) {
      await tx
        .insertInto("heartbeat_changes")
        .values(changes)
        .onConflict((oc) => oc.columns(["kiosk_id", "received_at"]).doNothing())
        .execute();
    }
    await tx
      .insertInto("heartbeats_latest")
      .values(
        [...latest.values()].map(({ row: r, sig }) => ({
          kiosk_id: r.kioskId,
          received_at: r.receivedAt,
          interval_seconds: r.intervalSeconds,
          body_json: r.bodyJson,
          app_version: r.body.appVersion,
          config_version: r.body.configVersion,
          paper: r.body.devices.printer.paper,
          attention: needsAttention(r.body) ? 1 : 0,
          offline_at: offlineAt(r.receivedAt, r.intervalSeconds),
          state_sig: sig,
        })),
      )
      .onConflict((oc) =>
        oc.column("kiosk_id").doUpdateSet((eb) => ({
          received_at: eb.ref("excluded.received_at"),
          interval_seconds: eb.ref("excluded.interval_seconds"),
          body_json: eb.ref("excluded.body_json"),
          app_version: eb.ref("excluded.app_version"),
          config_version: eb.ref("excluded.config_version"),
          paper: eb.ref("excluded.paper"),
          attention: eb.ref("excluded.attention"),
          offline_at: eb.ref("excluded.offline_at"),
          state_sig: eb.ref("excluded.state_sig"),
        })),
      )
      .execute();
  });
}

/**
 * As recordHeartbeats, on PostgreSQL in one statement: the state changes and the latest state
 * written together by data-modifying CTEs (one statement is atomic there, so no transaction).
 *
 * Why: a batch took five round trips (begin, read the last states, insert the changes, upsert
 * the latest, commit), and at a few heartbeats per batch the client's socket writes were a fifth
 * of a central's CPU. Within a batch a kiosk's own earlier rows are compared here; its first row
 * is compared with the stored state in SQL.
 */
export async function recordHeartbeatsInOneStatement(
  db: Kysely<CentralSchema>,
  rows: readonly HeartbeatRow[],
): Promise<void> {
  if (rows.length === 0) return;
  const ordered = inKioskOrder(rows);
  // first: compared with the stored state; later: changed from the kiosk's row before in this batch.
  const candidates: { row: HeartbeatRow; sig: string; first: boolean }[] = [];
  const latest = new Map<string, { row: HeartbeatRow; sig: string }>();
  for (const row of ordered) {
    const sig = stateSignature(row.body);
    const before = latest.get(row.kioskId);
    if (before === undefined) candidates.push({ row, sig, first: true });
    else if (before.sig !== sig) candidates.push({ row, sig, first: false });
    latest.set(row.kioskId, { row, sig });
  }
  const changeValues = sql.join(
    candidates.map(
      (c) => sql`(${c.row.kioskId}, ${c.row.receivedAt}, ${c.row.bodyJson}, ${c.sig}, ${c.first})`,
    ),
  );
  const latestValues = sql.join(
    [...latest.values()].map(
      ({ row: r, sig }) =>
        sql`(${r.kioskId}, ${r.receivedAt}, ${r.intervalSeconds}::integer, ${r.bodyJson}, ${r.body.appVersion},
          ${r.body.configVersion}::integer, ${r.body.devices.printer.paper}, ${needsAttention(r.body) ? 1 : 0}::integer,
          ${offlineAt(r.receivedAt, r.intervalSeconds)}, ${sig})`,
    ),
  );
  await sql`
    with candidate (kiosk_id, received_at, body_json, state_sig, first) as (values ${changeValues}),
    stored as (
      select h.kiosk_id, h.state_sig from heartbeats_latest h
      where h.kiosk_id in (select kiosk_id from candidate)
    ),
    changed as (
      insert into heartbeat_changes (kiosk_id, received_at, body_json)
      select c.kiosk_id, c.received_at, c.body_json
      from candidate c left join stored s on s.kiosk_id = c.kiosk_id
      where not c.first::boolean or s.state_sig is distinct from c.state_sig
      on conflict (kiosk_id, received_at) do nothing
    )
    insert into heartbeats_latest
      (kiosk_id, received_at, interval_seconds, body_json, app_version, config_version, paper,
       attention, offline_at, state_sig)
    values ${latestValues}
    on conflict (kiosk_id) do update set
      received_at = excluded.received_at,
      interval_seconds = excluded.interval_seconds,
      body_json = excluded.body_json,
      app_version = excluded.app_version,
      config_version = excluded.config_version,
      paper = excluded.paper,
      attention = excluded.attention,
      offline_at = excluded.offline_at,
      state_sig = excluded.state_sig
  `.execute(db);
}

/**
 * Deletes state changes and chart buckets older than `before` (ISO); the latest state per kiosk
 * is kept regardless. Returns how many rows of each went.
 */
export async function pruneHeartbeatHistory(
  db: Kysely<CentralSchema>,
  before: string,
): Promise<{ changes: number; buckets: number }> {
  const changes = await db
    .deleteFrom("heartbeat_changes")
    .where("received_at", "<", before)
    .executeTakeFirst();
  const buckets = await db.deleteFrom("fleet_buckets").where("bucket_at", "<", before).executeTakeFirst();
  return { changes: Number(changes.numDeletedRows), buckets: Number(buckets.numDeletedRows) };
}

/** A kiosk's state changes, newest first, strictly before `before` (ISO) when given. */
export async function heartbeatHistory(
  db: Kysely<CentralSchema>,
  kioskId: string,
  limit: number,
  before?: string,
) {
  let query = db
    .selectFrom("heartbeat_changes")
    .select(["received_at", "body_json"])
    .where("kiosk_id", "=", kioskId);
  if (before !== undefined) query = query.where("received_at", "<", before);
  return query.orderBy("received_at", "desc").limit(limit).execute();
}
