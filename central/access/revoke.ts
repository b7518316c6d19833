import type { Kysely } from "kysely";
import { appendAudit } from "../db/queries/audit";
import { revokeKiosk } from "../db/queries/kiosks";
import type { CentralSchema } from "../db/schema";

/**
 * Ends a kiosk's access: its tokens answer 401 on every process as soon as it next reads the
 * kiosks' change counter (at most 250 ms old; see auth/kiosk-cache.ts).
 * Repeating it changes nothing and returns the first revocation time; undefined for an unknown
 * kiosk.
 */
export async function revoke(
  db: Kysely<CentralSchema>,
  kioskId: string,
  actor: string,
  now: Date = new Date(),
): Promise<string | undefined> {
  const at = now.toISOString();
  const revokedAt = await revokeKiosk(db, kioskId, at);
  if (revokedAt === undefined) return undefined;
  await appendAudit(db, { at, actor, action: "kiosk.revoke", detail: { kioskId, revokedAt } });
  return revokedAt;
}
