import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { CentralSchema } from "../schema";

/** Records an alert for the fleet; `detail` must already be free of unmasked ID numbers. */
export async function insertAlert(
  db: Kysely<CentralSchema>,
  alert: { at: string; kind: string; kioskId: string | null; detail: unknown },
): Promise<void> {
  await db
    .insertInto("alerts")
    .values({
      id: randomUUID(),
      at: alert.at,
      kind: alert.kind,
      kiosk_id: alert.kioskId,
      detail_json: JSON.stringify(alert.detail),
    })
    .execute();
}

/** True when an alert of `kind` about the kiosk was recorded after `since`. */
export async function hasAlertSince(
  db: Kysely<CentralSchema>,
  kind: string,
  kioskId: string,
  since: string,
): Promise<boolean> {
  const row = await db
    .selectFrom("alerts")
    .select("id")
    .where("kind", "=", kind)
    .where("kiosk_id", "=", kioskId)
    .where("at", ">", since)
    .executeTakeFirst();
  return row !== undefined;
}

/** The latest alerts, newest first. */
export async function listAlerts(db: Kysely<CentralSchema>, limit: number) {
  const rows = await db
    .selectFrom("alerts")
    .selectAll()
    .orderBy("at", "desc")
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    kind: r.kind,
    kioskId: r.kiosk_id,
    detail: JSON.parse(r.detail_json) as unknown,
  }));
}
