import type { Kysely } from "kysely";

/** The latest heartbeat per kiosk (one upsert) and the full history. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("heartbeats_latest")
    .addColumn("kiosk_id", "text", (c) => c.primaryKey())
    .addColumn("received_at", "text", (c) => c.notNull())
    .addColumn("interval_seconds", "integer", (c) => c.notNull())
    .addColumn("body_json", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("heartbeats")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kiosk_id", "text", (c) => c.notNull())
    .addColumn("received_at", "text", (c) => c.notNull())
    .addColumn("body_json", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("heartbeats_by_kiosk")
    .on("heartbeats")
    .columns(["kiosk_id", "received_at"])
    .execute();
}
