import type { Kysely } from "kysely";

/**
 * The site ranking of most-used services (central/popular/) counts a site's submissions of the
 * last 30 days by service: two indexes answer it from the index alone, one range per kiosk,
 * however many rows the tables hold. And the reference numbers texted to residents when the
 * kiosk had no paper (central/sms/): one message per submission, so a retry never sends twice,
 * with the simulator's record of what it "sent" (the number masked).
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
  await db.schema
    .createTable("sms_messages")
    .addColumn("kiosk_id", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("submission_id", "text", (c) => c.notNull())
    .addColumn("phone_masked", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("provider", "text", (c) => c.notNull())
    .addColumn("provider_ref", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    .addPrimaryKeyConstraint("sms_messages_pk", ["kiosk_id", "id"])
    .addUniqueConstraint("sms_messages_one_per_submission", ["kiosk_id", "submission_id"])
    .execute();
  await db.schema
    .createTable("sim_sms")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("phone_masked", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("sent_at", "text", (c) => c.notNull())
    .execute();
}
