import type { Kysely } from "kysely";

/**
 * When each background job last ran a pass, across processes: every central process keeps the
 * timers, and the first to claim a pass runs it, so two or more processes sweep the fleet once
 * per interval, not once each.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("job_claims")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("claimed_at", "text", (c) => c.notNull())
    .execute();
}
