import { type Kysely, sql } from "kysely";

/**
 * Alerts that open and resolve (one open alert per kind and kiosk), their deliveries to the
 * city's duty system, and an audit trail no statement can rewrite.
 *
 * Why a trigger on audit: no route updates audit rows, and the database holds that even for a
 * bug or a hand-typed statement; deleting stays possible for the retention purge alone.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("alerts").addColumn("resolved_at", "text").execute();
  await db.schema
    .alterTable("alerts")
    .addColumn("severity", "text", (c) => c.notNull().defaultTo("warning"))
    .execute();
  await db.schema
    .createIndex("alerts_open")
    .on("alerts")
    .columns(["kind", "kiosk_id", "resolved_at"])
    .execute();
  await db.schema
    .createTable("alert_deliveries")
    /** "<alert id>:<event>" */
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("alert_id", "text", (c) => c.notNull())
    /** "raised" or "resolved": what the duty system is told */
    .addColumn("event", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("next_at", "text", (c) => c.notNull())
    .addColumn("delivered_at", "text")
    .addColumn("last_error", "text")
    .execute();
  await db.schema
    .createIndex("alert_deliveries_next")
    .on("alert_deliveries")
    .columns(["delivered_at", "next_at"])
    .execute();

  const isPostgres = await sql<{ v: string }>`select version() as v`
    .execute(db)
    .then(() => true)
    .catch(() => false);
  if (isPostgres) {
    await sql`create or replace function audit_append_only() returns trigger as $$
      begin raise exception 'audit is append-only'; end; $$ language plpgsql`.execute(db);
    await sql`create trigger audit_no_update before update on audit
      for each row execute function audit_append_only()`.execute(db);
  } else {
    await sql`create trigger audit_no_update before update on audit
      begin select raise(abort, 'audit is append-only'); end`.execute(db);
  }
}
