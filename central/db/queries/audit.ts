import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { CentralSchema } from "../schema";

/** Appends one entry to the audit trail; `detail` must already be free of unmasked ID numbers. */
export async function appendAudit(
  db: Kysely<CentralSchema>,
  entry: { at: string; actor: string; action: string; detail: unknown },
): Promise<void> {
  await db
    .insertInto("audit")
    .values({
      id: randomUUID(),
      at: entry.at,
      actor: entry.actor,
      action: entry.action,
      detail_json: JSON.stringify(entry.detail),
    })
    .execute();
}

/** Audit entries newest first, from before `cursor`, with filters; `limit + 1` rows to see a next page. */
export async function auditPage(
  db: Kysely<CentralSchema>,
  options: {
    limit: number;
    cursor?: { at: string; id: string } | undefined;
    actor?: string | undefined;
    action?: string | undefined;
  },
) {
  let q = db
    .selectFrom("audit")
    .selectAll()
    .orderBy("at", "desc")
    .orderBy("id", "desc")
    .limit(options.limit + 1);
  const c = options.cursor;
  if (c !== undefined)
    q = q.where((eb) => eb.or([eb("at", "<", c.at), eb.and([eb("at", "=", c.at), eb("id", "<", c.id)])]));
  if (options.actor !== undefined) q = q.where("actor", "=", options.actor);
  if (options.action !== undefined) q = q.where("action", "=", options.action);
  return q.execute();
}
