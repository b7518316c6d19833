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
