import { type Kysely, sql } from "kysely";

/**
 * Remote requests a fleet manager makes of one kiosk (a support packet, a token rotation). At
 * most one pending per kiosk and kind, held by a partial unique index so two managers (or two
 * processes) asking at once still make one request; a done one keeps its row as history.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("kiosk_requests")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kiosk_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("requested_at", "text", (c) => c.notNull())
    .addColumn("requested_by", "text", (c) => c.notNull())
    .addColumn("done_at", "text")
    .addColumn("packet_id", "text")
    .execute();
  await db.schema
    .createIndex("kiosk_requests_one_pending")
    .unique()
    .on("kiosk_requests")
    .columns(["kiosk_id", "kind"])
    .where(sql.ref("done_at"), "is", null)
    .execute();
  await db.schema
    .createIndex("kiosk_requests_by_kiosk")
    .on("kiosk_requests")
    .columns(["kiosk_id", "requested_at"])
    .execute();
}
