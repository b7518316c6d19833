import type { Kysely } from "kysely";
import type { CentralSchema, SupportPacketsTable } from "../schema";

export async function insertSupportPacket(
  db: Kysely<CentralSchema>,
  row: SupportPacketsTable,
): Promise<void> {
  await db.insertInto("support_packets").values(row).execute();
}

/** Newest first, without the sealed packet. */
export async function listSupportPackets(
  db: Kysely<CentralSchema>,
  limit: number,
): Promise<Pick<SupportPacketsTable, "id" | "kiosk_id" | "received_at" | "size_bytes" | "note_sealed">[]> {
  return db
    .selectFrom("support_packets")
    .select(["id", "kiosk_id", "received_at", "size_bytes", "note_sealed"])
    .orderBy("received_at", "desc")
    .orderBy("id")
    .limit(limit)
    .execute();
}

export async function getSupportPacket(
  db: Kysely<CentralSchema>,
  id: string,
): Promise<SupportPacketsTable | undefined> {
  return db.selectFrom("support_packets").selectAll().where("id", "=", id).executeTakeFirst();
}
