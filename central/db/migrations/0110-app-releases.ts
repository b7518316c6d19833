import type { Kysely } from "kysely";

/**
 * App releases the fleet publishes (the files themselves live in the data folder, under
 * releases/<channel>/<version>/), and the app versions each kiosk last reported.
 *
 * Why the versions on the kiosk row: the fleet asks "which kiosks still run 1.2.0" of one table,
 * without reading every kiosk's latest heartbeat body.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("app_releases")
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("version", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("platform", "text", (c) => c.notNull())
    .addColumn("sha512", "text", (c) => c.notNull())
    .addColumn("size", "bigint", (c) => c.notNull())
    .addColumn("published_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("app_releases_pk", ["channel", "version", "name"])
    .execute();
  await db.schema.alterTable("kiosks").addColumn("app_version", "text").execute();
  await db.schema.alterTable("kiosks").addColumn("app_version_pending", "text").execute();
}
