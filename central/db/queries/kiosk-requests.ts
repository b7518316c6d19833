import type { Kysely, Selectable } from "kysely";
import type { CentralSchema, KioskRequestsTable } from "../schema";

export type KioskRequestRow = Selectable<KioskRequestsTable>;

/**
 * Adds a pending request unless the kiosk already has one of that kind: one statement, so two
 * managers or two processes asking at once still leave one (the partial unique index decides).
 * True when this call added it.
 */
export async function insertRequestIfNone(
  db: Kysely<CentralSchema>,
  row: Omit<KioskRequestRow, "done_at" | "packet_id">,
): Promise<boolean> {
  const result = await db
    .insertInto("kiosk_requests")
    .values({ ...row, done_at: null, packet_id: null })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

export async function pendingRequest(
  db: Kysely<CentralSchema>,
  kioskId: string,
  kind: string,
): Promise<KioskRequestRow | undefined> {
  return db
    .selectFrom("kiosk_requests")
    .selectAll()
    .where("kiosk_id", "=", kioskId)
    .where("kind", "=", kind)
    .where("done_at", "is", null)
    .executeTakeFirst();
}

export async function requestById(
  db: Kysely<CentralSchema>,
  kioskId: string,
  id: string,
): Promise<KioskRequestRow | undefined> {
  return db
    .selectFrom("kiosk_requests")
    .selectAll()
    .where("id", "=", id)
    .where("kiosk_id", "=", kioskId)
    .executeTakeFirst();
}

/** One kiosk's requests, newest first. */
export async function listRequests(
  db: Kysely<CentralSchema>,
  kioskId: string,
  limit: number,
): Promise<KioskRequestRow[]> {
  return db
    .selectFrom("kiosk_requests")
    .selectAll()
    .where("kiosk_id", "=", kioskId)
    .orderBy("requested_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}

/** Every pending request of the fleet (the partial index holds exactly these rows). */
export async function allPendingRequests(
  db: Kysely<CentralSchema>,
  limit: number,
): Promise<Pick<KioskRequestRow, "id" | "kiosk_id" | "kind" | "requested_at">[]> {
  return db
    .selectFrom("kiosk_requests")
    .select(["id", "kiosk_id", "kind", "requested_at"])
    .where("done_at", "is", null)
    .orderBy("requested_at")
    .limit(limit)
    .execute();
}

/**
 * Marks pending requests done: the one named by `id`, or else the kiosk's pending one of `kind`.
 * Only a pending row changes, so of two processes marking at once exactly one sees a row; returns
 * how many rows this call changed.
 */
export async function markRequestDone(
  db: Kysely<CentralSchema>,
  target: { kioskId: string; kind: string; id?: string },
  doneAt: string,
  packetId: string | null = null,
): Promise<number> {
  let q = db
    .updateTable("kiosk_requests")
    .set({ done_at: doneAt, packet_id: packetId })
    .where("kiosk_id", "=", target.kioskId)
    .where("kind", "=", target.kind)
    .where("done_at", "is", null);
  if (target.id !== undefined) q = q.where("id", "=", target.id);
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
