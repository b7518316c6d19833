import type { Kysely } from "kysely";

/** Support packets sent by kiosks' technicians; the packet itself is sealed at rest. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("support_packets")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kiosk_id", "text", (c) => c.notNull())
    .addColumn("received_at", "text", (c) => c.notNull())
    .addColumn("size_bytes", "integer", (c) => c.notNull())
    .addColumn("note_sealed", "text")
    .addColumn("packet_sealed", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("support_packets_received")
    .on("support_packets")
    .column("received_at")
    .execute();
}
