import type { Kysely } from "kysely";
import type { CentralSchema } from "../db/schema";
import { DataKeyError } from "./data-key";
import type { Sealer } from "./sealer";

/**
 * Binds the database to the data key on first start and refuses any other key afterwards.
 *
 * Why: with a wrong key file every sealed row would fail to open one request at a time; refusing
 * at start says so once, plainly. One atomic insert of slot 1, so two processes starting on one
 * fresh PostgreSQL agree on the first key.
 */
export async function checkDataKey(db: Kysely<CentralSchema>, sealer: Sealer, now: Date): Promise<void> {
  await db
    .insertInto("data_key")
    .values({ slot: 1, key_id: sealer.keyId, created_at: now.toISOString() })
    .onConflict((oc) => oc.column("slot").doNothing())
    .execute();
  const row = await db
    .selectFrom("data_key")
    .select("key_id")
    .where("slot", "=", 1)
    .executeTakeFirstOrThrow();
  if (row.key_id !== sealer.keyId) {
    throw new DataKeyError(
      `数据密钥与数据库不符 / the data key (id ${sealer.keyId}) is not the one that sealed this database ` +
        `(id ${row.key_id}); point CENTRAL_DATA_KEY_FILE at the right key file`,
    );
  }
}
