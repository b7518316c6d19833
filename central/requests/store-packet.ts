import type { Kysely } from "kysely";
import { markRequestDone, requestById } from "../db/queries/kiosk-requests";
import { insertSupportPacket } from "../db/queries/support-packets";
import type { CentralSchema, SupportPacketsTable } from "../db/schema";

/** The packet was stored (`stored`), or an earlier packet already answered its request. */
export type PacketOutcome =
  | { kind: "stored"; answered: boolean }
  | { kind: "replayed"; packet: Pick<SupportPacketsTable, "id" | "received_at" | "size_bytes"> };

class AlreadyAnswered extends Error {}

async function answeringPacket(
  db: Kysely<CentralSchema>,
  kioskId: string,
  requestId: string,
): Promise<PacketOutcome | undefined> {
  const request = await requestById(db, kioskId, requestId);
  if (request?.packet_id === null || request?.packet_id === undefined) return undefined;
  const packet = await db
    .selectFrom("support_packets")
    .select(["id", "received_at", "size_bytes"])
    .where("id", "=", request.packet_id)
    .executeTakeFirst();
  return packet === undefined ? undefined : { kind: "replayed", packet };
}

/**
 * Stores a kiosk's support packet and marks the manager's request it answers done, in one
 * transaction: the packet named by `requestId`, or else any pending support-packet request of the
 * kiosk (a technician's packet from the menu answers it as well). One packet per request: a kiosk
 * that sends again for a request already answered (its reply was lost, or it heard of the request
 * once more) stores nothing and gets the first packet back, even when both arrive at once — the
 * mark changes only a pending row, so the second transaction sees none and rolls back.
 */
export async function storePacket(
  db: Kysely<CentralSchema>,
  row: SupportPacketsTable,
  requestId: string | undefined,
): Promise<PacketOutcome> {
  if (requestId !== undefined) {
    const earlier = await answeringPacket(db, row.kiosk_id, requestId);
    if (earlier !== undefined) return earlier;
  }
  try {
    return await db.transaction().execute(async (tx) => {
      await insertSupportPacket(tx, row);
      const target = {
        kioskId: row.kiosk_id,
        kind: "support-packet",
        ...(requestId === undefined ? {} : { id: requestId }),
      };
      const marked = await markRequestDone(tx, target, row.received_at, row.id);
      if (marked === 0 && requestId !== undefined) {
        const known = await requestById(tx, row.kiosk_id, requestId);
        // Answered by another packet meanwhile: keep that one only.
        if (known?.kind === "support-packet" && known.packet_id !== null) throw new AlreadyAnswered();
      }
      return { kind: "stored" as const, answered: marked > 0 };
    });
  } catch (error) {
    if (!(error instanceof AlreadyAnswered) || requestId === undefined) throw error;
    const earlier = await answeringPacket(db, row.kiosk_id, requestId);
    if (earlier === undefined) throw error;
    return earlier;
  }
}
