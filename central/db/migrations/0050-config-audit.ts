import type { Kysely } from "kysely";

/** Published config versions (signed on delivery) and the audit trail of manager actions. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("config_versions")
    .addColumn("version", "integer", (c) => c.primaryKey())
    .addColumn("site", "text")
    .addColumn("config_json", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("audit")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("detail_json", "text", (c) => c.notNull())
    .execute();
}
