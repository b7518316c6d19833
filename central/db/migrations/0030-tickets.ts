import type { Kysely } from "kysely";

/** Named counters (one atomic upsert on both databases) and the queue tickets they number. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("counters")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("value", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("tickets")
    .addColumn("centre_id", "text", (c) => c.notNull())
    .addColumn("department_id", "text", (c) => c.notNull())
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("ticket_no", "text", (c) => c.notNull())
    .addColumn("kiosk_id", "text", (c) => c.notNull())
    .addColumn("issued_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("tickets_pk", ["centre_id", "department_id", "day", "seq"])
    .execute();
}
