import type { Insertable, Kysely } from "kysely";
import type { CentralSchema, KiosksTable } from "../schema";

export async function insertEnrollmentCode(
  db: Kysely<CentralSchema>,
  row: { codeHash: string; site: string | null; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto("enrollment_codes")
    .values({
      code_hash: row.codeHash,
      site: row.site,
      created_at: row.createdAt,
      expires_at: row.expiresAt,
      used_at: null,
      used_by: null,
    })
    .execute();
}

/**
 * Marks an unused, unexpired code as used by `kioskId`; returns its site, or undefined when the
 * code is unknown, used or expired. One conditional UPDATE, so a code is redeemed at most once
 * even when two kiosks race for it.
 */
export async function redeemEnrollmentCode(
  db: Kysely<CentralSchema>,
  codeHash: string,
  kioskId: string,
  now: string,
): Promise<{ site: string | null } | undefined> {
  return db
    .updateTable("enrollment_codes")
    .set({ used_at: now, used_by: kioskId })
    .where("code_hash", "=", codeHash)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .returning("site")
    .executeTakeFirst();
}

export async function insertKiosk(db: Kysely<CentralSchema>, row: Insertable<KiosksTable>): Promise<void> {
  await db.insertInto("kiosks").values(row).execute();
}

/**
 * The kiosk used its rotated token: it becomes the token and the old one stops working. The
 * condition makes two processes promoting at once harmless.
 */
export async function promoteNextToken(
  db: Kysely<CentralSchema>,
  id: string,
  tokenHash: string,
): Promise<void> {
  await db
    .updateTable("kiosks")
    .set({ token_hash: tokenHash, next_token_hash: null })
    .where("id", "=", id)
    .where("next_token_hash", "=", tokenHash)
    .execute();
}

/** Stores a rotated token's hash (replacing an earlier one never used); false if revoked or unknown. */
export async function setNextToken(
  db: Kysely<CentralSchema>,
  id: string,
  tokenHash: string,
): Promise<boolean> {
  const result = await db
    .updateTable("kiosks")
    .set({ next_token_hash: tokenHash })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Revokes a kiosk (keeping the first revocation time when repeated) and drops a pending rotated
 * token; returns when it was revoked, or undefined for an unknown kiosk.
 */
export async function revokeKiosk(
  db: Kysely<CentralSchema>,
  id: string,
  now: string,
): Promise<string | undefined> {
  const row = await db
    .updateTable("kiosks")
    .set((eb) => ({ revoked_at: eb.fn.coalesce("revoked_at", eb.val(now)), next_token_hash: null }))
    .where("id", "=", id)
    .returning("revoked_at")
    .executeTakeFirst();
  return row?.revoked_at ?? undefined;
}

export async function kioskExists(db: Kysely<CentralSchema>, id: string): Promise<boolean> {
  return (await db.selectFrom("kiosks").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;
}

/** Every kiosk with its latest heartbeat (null fields when it never sent one). */
export async function listKiosksWithHealth(db: Kysely<CentralSchema>) {
  return db
    .selectFrom("kiosks")
    .leftJoin("heartbeats_latest", "heartbeats_latest.kiosk_id", "kiosks.id")
    .select([
      "kiosks.id",
      "kiosks.name",
      "kiosks.site",
      "kiosks.enrolled_at",
      "heartbeats_latest.received_at",
      "heartbeats_latest.interval_seconds",
      "heartbeats_latest.body_json",
    ])
    .orderBy("kiosks.enrolled_at")
    .orderBy("kiosks.id")
    .execute();
}
