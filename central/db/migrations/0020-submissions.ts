import type { Kysely } from "kysely";

/**
 * Submissions unique on (kiosk_id, id) — the idempotency key is scoped to the kiosk, so one
 * kiosk can neither read nor collide with another's — plus 秒批 decisions and grants.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("submissions")
    .addColumn("kiosk_id", "text", (c) => c.notNull().references("kiosks.id"))
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("service_id", "text", (c) => c.notNull())
    .addColumn("body_hash", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("tracking_no", "text", (c) => c.notNull().unique())
    .addColumn("reply_json", "text", (c) => c.notNull())
    .addColumn("data_json", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("received_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("submissions_pk", ["kiosk_id", "id"])
    .execute();
  await db.schema
    .createTable("decisions")
    .addColumn("kiosk_id", "text", (c) => c.notNull())
    .addColumn("submission_id", "text", (c) => c.notNull())
    .addColumn("rule_set", "text", (c) => c.notNull())
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("reasons_json", "text", (c) => c.notNull())
    .addColumn("decided_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("decisions_pk", ["kiosk_id", "submission_id"])
    .execute();
  // Why a table of its own: "not already enrolled" must hold even when two kiosks submit the
  // same child at the same moment; the primary key makes the second grant fail atomically.
  await db.schema
    .createTable("grants")
    .addColumn("service_id", "text", (c) => c.notNull())
    .addColumn("subject_key", "text", (c) => c.notNull())
    .addColumn("kiosk_id", "text", (c) => c.notNull())
    .addColumn("submission_id", "text", (c) => c.notNull())
    .addColumn("granted_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("grants_pk", ["service_id", "subject_key"])
    .execute();
}
