import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { CentralSchema } from "../schema";

/** Records an alert for the fleet; `detail` must already be free of unmasked ID numbers. */
export async function insertAlert(
  db: Kysely<CentralSchema>,
  alert: {
    at: string;
    kind: string;
    kioskId: string | null;
    detail: unknown;
    severity?: string;
    resolvedAt?: string | null;
  },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto("alerts")
    .values({
      id,
      at: alert.at,
      kind: alert.kind,
      kiosk_id: alert.kioskId,
      detail_json: JSON.stringify(alert.detail),
      severity: alert.severity ?? "warning",
      resolved_at: alert.resolvedAt ?? null,
    })
    .execute();
  return id;
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
