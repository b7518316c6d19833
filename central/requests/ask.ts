import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { appendAudit } from "../db/queries/audit";
import { insertRequestIfNone, pendingRequest } from "../db/queries/kiosk-requests";
import type { CentralSchema } from "../db/schema";
import { HttpError, notFound } from "../http/errors";
import type { KioskRequestKind, KioskRequestReply } from "../protocol";
import { toKioskRequest } from "./to-reply";

const revoked = (): HttpError =>
  new HttpError(
    409,
    "kiosk_revoked",
    "终端已被停用，无法接收请求",
    "this kiosk is revoked and takes no requests",
  );

/**
 * A manager asks one kiosk for something (the fleet route and `fleet request` both come here):
 * a new pending request, audited, or the one of that kind already waiting, unchanged and not
 * audited again. Throws 404 for an unknown kiosk and 409 for a revoked one.
 */
export async function askKiosk(
  db: Kysely<CentralSchema>,
  kioskId: string,
  kind: KioskRequestKind,
  actor: string,
  now: Date,
): Promise<KioskRequestReply> {
  const kiosk = await db
    .selectFrom("kiosks")
    .select(["id", "revoked_at"])
    .where("id", "=", kioskId)
    .executeTakeFirst();
  if (kiosk === undefined) throw notFound("kiosk");
  if (kiosk.revoked_at !== null) throw revoked();
  const at = now.toISOString();
  const requestId = randomUUID();
  const created = await db.transaction().execute(async (tx) => {
    const added = await insertRequestIfNone(tx, {
      id: requestId,
      kiosk_id: kiosk.id,
      kind,
      requested_at: at,
      requested_by: actor,
    });
    if (added) {
      await appendAudit(tx, {
        at,
        actor,
        action: `kiosk.request.${kind}`,
        detail: { kioskId: kiosk.id, requestId },
      });
    }
    return added;
  });
  const row = await pendingRequest(db, kiosk.id, kind);
  // Done between the insert and this read (a kiosk that answered at once): the list shows it.
  const view = row === undefined ? undefined : toKioskRequest(row);
  if (view === undefined) throw notFound("pending request");
  return { request: view, created };
}
