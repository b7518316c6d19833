import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { CentralSchema } from "../schema";

/** Keeps the heartbeat as the kiosk's latest state and appends it to the history. */
export async function recordHeartbeat(
  db: Kysely<CentralSchema>,
  row: { kioskId: string; receivedAt: string; intervalSeconds: number; bodyJson: string },
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto("heartbeats_latest")
      .values({
        kiosk_id: row.kioskId,
        received_at: row.receivedAt,
        interval_seconds: row.intervalSeconds,
        body_json: row.bodyJson,
      })
      .onConflict((oc) =>
        oc.column("kiosk_id").doUpdateSet({
          received_at: row.receivedAt,
          interval_seconds: row.intervalSeconds,
          body_json: row.bodyJson,
        }),
      )
      .execute();
    await tx
      .insertInto("heartbeats")
      .values({
        id: randomUUID(),
        kiosk_id: row.kioskId,
        received_at: row.receivedAt,
        body_json: row.bodyJson,
      })
      .execute();
  });
}

export async function heartbeatHistory(db: Kysely<CentralSchema>, kioskId: string, limit: number) {
  return db
    .selectFrom("heartbeats")
    .select(["received_at", "body_json"])
    .where("kiosk_id", "=", kioskId)
    .orderBy("received_at", "desc")
    .limit(limit)
    .execute();
}
