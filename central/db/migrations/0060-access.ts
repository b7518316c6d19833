import type { Kysely } from "kysely";

/**
 * Access control: revocation and token rotation on kiosks, per-address rate-limit counters, the
 * query audit trail (the count of distinct residents per kiosk is read from it) and fleet alerts.
 *
 * Why all of it in the database: several central processes serve one fleet, and a limit or a
 * revocation held in one process's memory would not hold in the others.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("kiosks").addColumn("revoked_at", "text").execute();
  // A rotated token waits here until the kiosk first uses it; then it replaces token_hash.
  await db.schema.alterTable("kiosks").addColumn("next_token_hash", "text").execute();
  await db.schema
    .createIndex("kiosks_next_token_hash")
    .on("kiosks")
    .column("next_token_hash")
    .unique()
    .execute();
  await db.schema
    .createTable("rate_limits")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("hits", "integer", (c) => c.notNull())
    .addColumn("reset_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("query_audit")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("kiosk_id", "text", (c) => c.notNull())
    .addColumn("service_id", "text", (c) => c.notNull())
    .addColumn("resident_hash", "text", (c) => c.notNull())
    .addColumn("resident_masked", "text", (c) => c.notNull())
    .addColumn("outcome", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("query_audit_kiosk_at").on("query_audit").columns(["kiosk_id", "at"]).execute();
  await db.schema
    .createTable("alerts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("kiosk_id", "text")
    .addColumn("detail_json", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("alerts_at").on("alerts").column("at").execute();
}
