import type { Kysely } from "kysely";

/**
 * The site ranking of most-used services (central/popular/) counts a site's submissions of the
 * last 30 days by service: this index answers it from the index alone, one range per kiosk,
 * however many submissions the table holds.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("submissions_by_kiosk_received")
    .on("submissions")
    .columns(["kiosk_id", "received_at", "service_id"])
    .execute();
  await db.schema
    .createIndex("query_audit_by_kiosk_at_service")
    .on("query_audit")
    .columns(["kiosk_id", "at", "service_id", "outcome"])
    .execute();
}
