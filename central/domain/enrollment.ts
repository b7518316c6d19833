import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { newEnrollmentCode, newToken, normalizeEnrollmentCode, sha256Hex } from "../auth/secrets";
import { insertEnrollmentCode, insertKiosk, redeemEnrollmentCode } from "../db/queries/kiosks";
import type { CentralSchema } from "../db/schema";
import type { EnrollReply } from "../protocol";

/** Options for a new enrollment code. */
export interface EnrollmentCodeOptions {
  /** Site the enrolled kiosk belongs to (selects site-specific config); default none. */
  site?: string | undefined;
  /** Hours until the code expires; default 72. */
  ttlHours?: number | undefined;
}

/** Creates a one-time enrollment code; only its hash is stored, so the code is returned once. */
export async function createEnrollmentCode(
  db: Kysely<CentralSchema>,
  options: EnrollmentCodeOptions = {},
  now: Date = new Date(),
): Promise<{ code: string; expiresAt: string }> {
  const code = newEnrollmentCode();
  const expiresAt = new Date(now.getTime() + (options.ttlHours ?? 72) * 3600_000).toISOString();
  await insertEnrollmentCode(db, {
    codeHash: sha256Hex(code),
    site: options.site ?? null,
    createdAt: now.toISOString(),
    expiresAt,
  });
  return { code, expiresAt };
}

/**
 * Trades a code for a kiosk id and token; undefined when the code is unknown, used or expired.
 * Redeeming and creating the kiosk happen in one transaction: a failed insert leaves the code
 * usable.
 */
export async function enrollKiosk(
  db: Kysely<CentralSchema>,
  request: { code: string; name: string },
  now: Date = new Date(),
): Promise<EnrollReply | undefined> {
  const kioskId = randomUUID();
  const token = newToken();
  const at = now.toISOString();
  const ok = await db.transaction().execute(async (tx) => {
    const redeemed = await redeemEnrollmentCode(
      tx,
      sha256Hex(normalizeEnrollmentCode(request.code)),
      kioskId,
      at,
    );
    if (redeemed === undefined) return false;
    await insertKiosk(tx, {
      id: kioskId,
      name: request.name,
      site: redeemed.site,
      token_hash: sha256Hex(token),
      enrolled_at: at,
    });
    return true;
  });
  return ok ? { kioskId, token } : undefined;
}
