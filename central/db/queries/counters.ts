import type { Kysely } from "kysely";
import type { CentralSchema } from "../schema";

/**
 * Increments the named counter and returns its new value (the first call returns 1).
 *
 * Why an upsert: a single INSERT … ON CONFLICT DO UPDATE … RETURNING is atomic on SQLite and on
 * PostgreSQL (the row lock serialises concurrent callers, also across processes), so two kiosks
 * can never draw the same number.
 */
export async function nextCounterValue(db: Kysely<CentralSchema>, name: string): Promise<number> {
  return nextCounterRange(db, name, 1);
}

/** Reserves `count` consecutive values in one statement; returns the first of them. */
export async function nextCounterRange(
  db: Kysely<CentralSchema>,
  name: string,
  count: number,
): Promise<number> {
  const row = await db
    .insertInto("counters")
    .values({ name, value: count })
    .onConflict((oc) => oc.column("name").doUpdateSet((eb) => ({ value: eb("counters.value", "+", count) })))
    .returning("value")
    .executeTakeFirstOrThrow();
  return row.value - count + 1;
}
