import type { Kysely } from "kysely";

/** Kiosks with hashed tokens, and one-time enrollment codes (hashed too). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("kiosks")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("site", "text")
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("enrolled_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("enrollment_codes")
    .addColumn("code_hash", "text", (c) => c.primaryKey())
    .addColumn("site", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .addColumn("used_by", "text")
    .execute();
}
