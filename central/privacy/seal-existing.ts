import { type Kysely, sql } from "kysely";
import type { DbKind } from "../db/connect";
import type { CentralSchema } from "../db/schema";
import { KEYED_HASH_PREFIX, SEALED_PREFIX, type Sealer } from "./sealer";
import { grantSubjectOf, sealData, sealReasons, sealReply } from "./submission-fields";

const CHUNK = 200;
const clear = `${SEALED_PREFIX}%`;
const hashed = `${KEYED_HASH_PREFIX}%`;

/**
 * The one-time pass over rows stored before sealing existed (migration 0070): seals their data,
 * replies and decision reasons, and turns their body hashes and grant subjects into keyed hashes.
 * It finds nothing to do on every later start, so it simply runs at each start.
 *
 * Why here and not in the migration: sealing needs the data key, which a migration never sees.
 *
 * Then the old clear bytes must go too: on SQLite the pass runs with `secure_delete` (freed space
 * is zeroed), then VACUUM rewrites the file and the WAL is truncated. On PostgreSQL, VACUUM FULL
 * rewrites the three tables without the old row versions; WAL segments and backups made before
 * the upgrade still hold them until they age out (say so to whoever runs the upgrade).
 */
export async function sealExistingRows(
  db: Kysely<CentralSchema>,
  kind: DbKind,
  sealer: Sealer,
): Promise<number> {
  const pending = await countClear(db);
  if (pending === 0) return 0;
  if (kind === "sqlite") await sql`PRAGMA secure_delete = ON`.execute(db);
  let sealed = 0;
  for (;;) {
    const rows = await db
      .selectFrom("submissions")
      .select(["kiosk_id", "id", "data_sealed", "reply_sealed", "body_hash"])
      .where((eb) =>
        eb.or([
          eb.and([eb("data_sealed", "<>", ""), eb("data_sealed", "not like", clear)]),
          eb("reply_sealed", "not like", clear),
          eb("body_hash", "not like", hashed),
        ]),
      )
      .limit(CHUNK)
      .execute();
    if (rows.length === 0) break;
    await db.transaction().execute(async (tx) => {
      for (const r of rows) {
        const ref = { kioskId: r.kiosk_id, submissionId: r.id };
        await tx
          .updateTable("submissions")
          .set({
            data_sealed:
              r.data_sealed === "" || r.data_sealed.startsWith(SEALED_PREFIX)
                ? r.data_sealed
                : sealData(sealer, ref, r.data_sealed),
            reply_sealed: r.reply_sealed.startsWith(SEALED_PREFIX)
              ? r.reply_sealed
              : sealReply(sealer, ref, r.reply_sealed),
            // Before sealing the column held the SHA-256 hex itself.
            body_hash: r.body_hash.startsWith(KEYED_HASH_PREFIX)
              ? r.body_hash
              : sealer.keyedHash(`body\u0000${r.body_hash}`),
          })
          .where("kiosk_id", "=", r.kiosk_id)
          .where("id", "=", r.id)
          .execute();
      }
    });
    sealed += rows.length;
  }
  for (;;) {
    const rows = await db
      .selectFrom("decisions")
      .select(["kiosk_id", "submission_id", "reasons_sealed"])
      .where("reasons_sealed", "not like", clear)
      .limit(CHUNK)
      .execute();
    if (rows.length === 0) break;
    await db.transaction().execute(async (tx) => {
      for (const r of rows) {
        const ref = { kioskId: r.kiosk_id, submissionId: r.submission_id };
        await tx
          .updateTable("decisions")
          .set({ reasons_sealed: sealReasons(sealer, ref, r.reasons_sealed) })
          .where("kiosk_id", "=", r.kiosk_id)
          .where("submission_id", "=", r.submission_id)
          .execute();
      }
    });
    sealed += rows.length;
  }
  for (;;) {
    const rows = await db
      .selectFrom("grants")
      .select(["service_id", "subject_key"])
      .where("subject_key", "not like", hashed)
      .limit(CHUNK)
      .execute();
    if (rows.length === 0) break;
    await db.transaction().execute(async (tx) => {
      for (const r of rows) {
        await tx
          .updateTable("grants")
          .set({ subject_key: grantSubjectOf(sealer, r.service_id, r.subject_key) })
          .where("service_id", "=", r.service_id)
          .where("subject_key", "=", r.subject_key)
          .execute();
      }
    });
    sealed += rows.length;
  }
  if (kind === "sqlite") {
    await sql`PRAGMA secure_delete = OFF`.execute(db);
    await sql`VACUUM`.execute(db);
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
  } else {
    await sql`VACUUM FULL submissions, decisions, grants`.execute(db);
  }
  return sealed;
}

async function countClear(db: Kysely<CentralSchema>): Promise<number> {
  const count = async (query: Promise<{ n: string | number | bigint } | undefined>) =>
    Number((await query)?.n ?? 0);
  return (
    (await count(
      db
        .selectFrom("submissions")
        .select((eb) => eb.fn.countAll().as("n"))
        .where((eb) =>
          eb.or([
            eb.and([eb("data_sealed", "<>", ""), eb("data_sealed", "not like", clear)]),
            eb("reply_sealed", "not like", clear),
            eb("body_hash", "not like", hashed),
          ]),
        )
        .executeTakeFirst(),
    )) +
    (await count(
      db
        .selectFrom("decisions")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("reasons_sealed", "not like", clear)
        .executeTakeFirst(),
    )) +
    (await count(
      db
        .selectFrom("grants")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("subject_key", "not like", hashed)
        .executeTakeFirst(),
    ))
  );
}
