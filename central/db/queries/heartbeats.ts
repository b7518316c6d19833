import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { CentralSchema } from "../schema";

export interface HeartbeatRow {
  kioskId: string;
  receivedAt: string;
  intervalSeconds: number;
  bodyJson: string;
}

/**
 * Keeps each heartbeat as its kiosk's latest state and appends all of them to the history, in
 * one transaction for the whole batch.
 *
 * Why sorted and de-duplicated: PostgreSQL refuses an upsert that touches one row twice, and
 * taking row locks in one order keeps two processes' batches from deadlocking.
 */
export async function recordHeartbeats(
  db: Kysely<CentralSchema>,
  rows: readonly HeartbeatRow[],
): Promise<void> {
  if (rows.length === 0) return;
  const latest = new Map<string, HeartbeatRow>();
  for (const r of rows) {
    const seen = latest.get(r.kioskId);
    if (seen === undefined || seen.receivedAt <= r.receivedAt) latest.set(r.kioskId, r);
  }
  const latestRows = [...latest.values()].sort((a, b) => (a.kioskId < b.kioskId ? -1 : 1));
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto("heartbeats_latest")
      .values(
        latestRows.map((r) => ({
          kiosk_id: r.kioskId,
          received_at: r.receivedAt,
          interval_seconds: r.intervalSeconds,
          body_json: r.bodyJson,
        })),
      )
      .onConflict((oc) =>
        oc.column("kiosk_id").doUpdateSet((eb) => ({
          received_at: eb.ref("excluded.received_at"),
          interval_seconds: eb.ref("excluded.interval_seconds"),
          body_json: eb.ref("excluded.body_json"),
        })),
      )
      .execute();
    await tx
      .insertInto("heartbeats")
      .values(
        rows.map((r) => ({
          id: randomUUID(),
          kiosk_id: r.kioskId,
          received_at: r.receivedAt,
          body_json: r.bodyJson,
        })),
      )
      .execute();
  });
}

/** Deletes history older than `before` (ISO); the latest state per kiosk is kept regardless. */
export async function pruneHeartbeatHistory(db: Kysely<CentralSchema>, before: string): Promise<number> {
  const result = await db.deleteFrom("heartbeats").where("received_at", "<", before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** A kiosk's most recent heartbeats, newest first. */
export async function heartbeatHistory(db: Kysely<CentralSchema>, kioskId: string, limit: number) {
  return db
    .selectFrom("heartbeats")
    .select(["received_at", "body_json"])
    .where("kiosk_id", "=", kioskId)
    .orderBy("received_at", "desc")
    .limit(limit)
    .execute();
}
