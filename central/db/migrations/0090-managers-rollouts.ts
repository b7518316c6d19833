import { type Kysely, sql } from "kysely";

/**
 * Fleet managers and their sessions, config layers (global, district, site, kiosk) and staged
 * rollouts of a config layer or an app version.
 *
 * Why layers extend config_versions instead of a new table: every published layer is still a
 * config version from the same counter, so a kiosk's bundle version (the highest version among
 * the layers it runs) only ever goes up, which its rollback protection relies on.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("managers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("username", "text", (c) => c.notNull().unique())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("disabled_at", "text")
    .execute();
  await db.schema
    .createTable("manager_sessions")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("manager_id", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("ended_at", "text")
    .execute();
  await db.schema
    .createIndex("manager_sessions_manager")
    .on("manager_sessions")
    .column("manager_id")
    .execute();

  await db.schema.alterTable("kiosks").addColumn("district", "text").execute();

  // "global", "district:<name>", "site:<id>" or "kiosk:<id>"; earlier rows were global or per site.
  await db.schema.alterTable("config_versions").addColumn("layer", "text").execute();
  await db.schema.alterTable("config_versions").addColumn("rollout_id", "text").execute();
  await sql`update config_versions set layer = case when site is null then 'global' else 'site:' || site end`.execute(
    db,
  );
  await db.schema
    .createIndex("config_versions_layer")
    .on("config_versions")
    .columns(["layer", "version"])
    .execute();

  await db.schema
    .createTable("rollouts")
    .addColumn("id", "text", (c) => c.primaryKey())
    /** "config" | "app" */
    .addColumn("kind", "text", (c) => c.notNull())
    /** the layer (scope) it reaches: "global", "district:…", "site:…", "kiosk:…" */
    .addColumn("layer", "text", (c) => c.notNull())
    .addColumn("config_version", "integer")
    .addColumn("app_version", "text")
    .addColumn("groups_json", "text", (c) => c.notNull())
    /** index of the furthest group started; every group up to it is live */
    .addColumn("group_index", "integer", (c) => c.notNull())
    /** running | paused | completed | cancelled | rolled-back */
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("status_reason", "text")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("rollouts_kind_status").on("rollouts").columns(["kind", "status"]).execute();
  await db.schema.createIndex("rollouts_created").on("rollouts").columns(["created_at", "id"]).execute();
  await db.schema.createIndex("audit_at").on("audit").columns(["at", "id"]).execute();
}
