import type { Kysely } from "kysely";
import type { CentralSchema, ManagerRow } from "../schema";

export async function insertManager(db: Kysely<CentralSchema>, row: ManagerRow): Promise<void> {
  await db.insertInto("managers").values(row).execute();
}

export async function managerByUsername(db: Kysely<CentralSchema>, username: string) {
  return db.selectFrom("managers").selectAll().where("username", "=", username).executeTakeFirst();
}

export async function managerById(db: Kysely<CentralSchema>, id: string) {
  return db.selectFrom("managers").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function countManagers(db: Kysely<CentralSchema>): Promise<number> {
  const row = await db
    .selectFrom("managers")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Managers by username, a page at a time (`after` = the last username of the previous page). */
export async function listManagers(db: Kysely<CentralSchema>, limit: number, after: string | undefined) {
  let q = db.selectFrom("managers").selectAll().orderBy("username").limit(limit);
  if (after !== undefined) q = q.where("username", ">", after);
  return q.execute();
}

export async function updateManager(
  db: Kysely<CentralSchema>,
  id: string,
  patch: { role?: string; disabled_at?: string | null; password_hash?: string },
): Promise<void> {
  await db.updateTable("managers").set(patch).where("id", "=", id).execute();
}

export async function insertSession(
  db: Kysely<CentralSchema>,
  row: { token_hash: string; manager_id: string; created_at: string; expires_at: string },
): Promise<void> {
  await db
    .insertInto("manager_sessions")
    .values({ ...row, ended_at: null })
    .execute();
}

/** A session with its manager, whatever its state; the caller decides expired or ended. */
export async function sessionByHash(db: Kysely<CentralSchema>, tokenHash: string) {
  return db
    .selectFrom("manager_sessions as s")
    .innerJoin("managers as m", "m.id", "s.manager_id")
    .select([
      "s.token_hash",
      "s.expires_at",
      "s.ended_at",
      "m.id as manager_id",
      "m.username",
      "m.role",
      "m.disabled_at",
    ])
    .where("s.token_hash", "=", tokenHash)
    .executeTakeFirst();
}

export async function endSession(db: Kysely<CentralSchema>, tokenHash: string, at: string): Promise<void> {
  await db
    .updateTable("manager_sessions")
    .set({ ended_at: at })
    .where("token_hash", "=", tokenHash)
    .execute();
}

/** Ends every open session of a manager (disabled, demoted, new password). */
export async function endSessionsOf(db: Kysely<CentralSchema>, managerId: string, at: string): Promise<void> {
  await db
    .updateTable("manager_sessions")
    .set({ ended_at: at })
    .where("manager_id", "=", managerId)
    .where("ended_at", "is", null)
    .execute();
}
