import type { Kysely } from "kysely";
import type { CentralSchema, RolloutRow } from "../schema";

export async function insertRollout(db: Kysely<CentralSchema>, row: RolloutRow): Promise<void> {
  await db.insertInto("rollouts").values(row).execute();
}

export async function rolloutById(db: Kysely<CentralSchema>, id: string): Promise<RolloutRow | undefined> {
  return db.selectFrom("rollouts").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function rolloutsByIds(
  db: Kysely<CentralSchema>,
  ids: readonly string[],
): Promise<RolloutRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom("rollouts").selectAll().where("id", "in", ids).execute();
}

/** Rollouts newest first, from before the cursor; limit + 1 rows so the caller sees a next page. */
export async function rolloutsPage(
  db: Kysely<CentralSchema>,
  options: { limit: number; cursor?: { at: string; id: string } | undefined; status?: string | undefined },
): Promise<RolloutRow[]> {
  let q = db
    .selectFrom("rollouts")
    .selectAll()
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(options.limit + 1);
  const c = options.cursor;
  if (c !== undefined)
    q = q.where((eb) =>
      eb.or([eb("created_at", "<", c.at), eb.and([eb("created_at", "=", c.at), eb("id", "<", c.id)])]),
    );
  if (options.status !== undefined) q = q.where("status", "=", options.status);
  return q.execute();
}

/** Rollouts the evaluator looks at: running ones. */
export async function runningRollouts(db: Kysely<CentralSchema>): Promise<RolloutRow[]> {
  return db
    .selectFrom("rollouts")
    .selectAll()
    .where("status", "=", "running")
    .orderBy("created_at")
    .execute();
}

/** App rollouts that may still decide a kiosk's version, newest first. */
export async function liveAppRollouts(db: Kysely<CentralSchema>): Promise<RolloutRow[]> {
  return db
    .selectFrom("rollouts")
    .selectAll()
    .where("kind", "=", "app")
    .where("status", "!=", "rolled-back")
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(100)
    .execute();
}

/** Moves a rollout on, only from the status the caller saw (so two processes cannot both). */
export async function updateRollout(
  db: Kysely<CentralSchema>,
  id: string,
  from: { status: string; group_index: number },
  to: { status: string; group_index: number; status_reason: string | null; updated_at: string },
): Promise<boolean> {
  const result = await db
    .updateTable("rollouts")
    .set(to)
    .where("id", "=", id)
    .where("status", "=", from.status)
    .where("group_index", "=", from.group_index)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
