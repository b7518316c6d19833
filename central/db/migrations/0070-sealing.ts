import type { Kysely } from "kysely";

/**
 * Residents' data sealed at rest (central/privacy): the columns that hold it are renamed for what
 * they now hold, submissions get the time their data was purged by the retention job, and the
 * database remembers which data key sealed it, so a wrong key file is refused at start instead of
 * failing every row later. Rows written before this migration are still clear; the service seals
 * them once at start (privacy/seal-existing.ts), as that needs the key a migration does not have.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("submissions").renameColumn("data_json", "data_sealed").execute();
  await db.schema.alterTable("submissions").renameColumn("reply_json", "reply_sealed").execute();
  await db.schema.alterTable("submissions").addColumn("purged_at", "text").execute();
  await db.schema.alterTable("decisions").renameColumn("reasons_json", "reasons_sealed").execute();
  await db.schema.createIndex("submissions_by_received").on("submissions").column("received_at").execute();
  await db.schema
    .createTable("data_key")
    .addColumn("slot", "integer", (c) => c.primaryKey())
    .addColumn("key_id", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}
