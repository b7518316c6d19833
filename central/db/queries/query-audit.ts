import type { Kysely } from "kysely";
import type { CentralSchema, QueryAuditTable } from "../schema";

/** Outcomes that used up one of the kiosk's residents: the resident was looked up or named. */
export const COUNTED_OUTCOMES = ["answered", "name_mismatch", "failed"] as const;

export async function insertQueryAudit(db: Kysely<CentralSchema>, row: QueryAuditTable): Promise<void> {
  await db.insertInto("query_audit").values(row).execute();
}

export async function setQueryOutcome(db: Kysely<CentralSchema>, id: string, outcome: string): Promise<void> {
  await db.updateTable("query_audit").set({ outcome }).where("id", "=", id).execute();
}

/** The distinct residents a kiosk queried after `since`, each with its latest query time. */
export async function recentResidents(
  db: Kysely<CentralSchema>,
  kioskId: string,
  since: string,
): Promise<{ residentHash: string; last: string }[]> {
  const rows = await db
    .selectFrom("query_audit")
    .select((eb) => ["resident_hash", eb.fn.max("at").as("last")])
    .where("kiosk_id", "=", kioskId)
    .where("at", ">", since)
    .where("outcome", "in", COUNTED_OUTCOMES)
    .groupBy("resident_hash")
    .execute();
  return rows.map((r) => ({ residentHash: r.resident_hash, last: r.last }));
}

/** A kiosk's query audit trail, newest first. */
export async function queryAuditOf(db: Kysely<CentralSchema>, kioskId: string, limit: number) {
  return db
    .selectFrom("query_audit")
    .select(["at", "service_id", "resident_masked", "outcome"])
    .where("kiosk_id", "=", kioskId)
    .orderBy("at", "desc")
    .orderBy("id")
    .limit(limit)
    .execute();
}
