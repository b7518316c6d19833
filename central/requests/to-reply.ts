import type { KioskRequestRow } from "../db/queries/kiosk-requests";
import { KioskRequestKind, type KioskRequest } from "../protocol";

/** A stored request as the fleet routes answer it; a row of a kind this version does not know is left out. */
export function toKioskRequest(row: KioskRequestRow): KioskRequest | undefined {
  const kind = KioskRequestKind.safeParse(row.kind);
  if (!kind.success) return undefined;
  return {
    id: row.id,
    kioskId: row.kiosk_id,
    kind: kind.data,
    requestedAt: row.requested_at,
    requestedBy: row.requested_by,
    status: row.done_at === null ? "pending" : "done",
    doneAt: row.done_at,
    packetId: row.packet_id,
  };
}
