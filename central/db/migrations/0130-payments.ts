import type { Kysely } from "kysely";

/**
 * Payment orders (one per kiosk submission) and the payment simulator's own ledger: the simulator
 * is a provider like any other, so it keeps its side apart from the orders it is asked about.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("payment_orders")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kiosk_id", "text", (c) => c.notNull())
    .addColumn("submission_id", "text", (c) => c.notNull())
    .addColumn("service_id", "text", (c) => c.notNull())
    .addColumn("amount_fen", "integer", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("provider", "text", (c) => c.notNull())
    .addColumn("provider_order_id", "text", (c) => c.notNull())
    .addColumn("qr_payload", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("settled_at", "text")
    .addColumn("transaction_no", "text")
    .addUniqueConstraint("payment_orders_submission", ["kiosk_id", "submission_id"])
    .execute();
  await db.schema
    .createIndex("payment_orders_provider")
    .on("payment_orders")
    .columns(["provider", "provider_order_id"])
    .unique()
    .execute();
  await db.schema
    .createTable("sim_payments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("token", "text", (c) => c.notNull().unique())
    .addColumn("amount_fen", "integer", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("settled_at", "text")
    .addColumn("transaction_no", "text")
    .execute();
}
