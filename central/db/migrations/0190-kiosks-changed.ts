import { type Kysely, sql } from "kysely";

/** The counter every change to `kiosks` moves on (central/auth/kiosk-cache.ts reads it). */
export const KIOSKS_CHANGED = "kiosks-changed";

/**
 * A counter that every insert, update or delete on `kiosks` moves on, by trigger, whoever writes:
 * a route in any central process, the fleet CLI, or a person at the SQL prompt. A process keeps
 * the kiosks behind tokens for long and forgets them all as soon as it sees the counter move, so
 * a revocation or a rotated token still reaches it within a fraction of a second while the
 * heartbeats in between are answered without reading the kiosk again.
 *
 * Triggers are the one place the two databases need their own statements: PostgreSQL runs a
 * function once per statement, SQLite a body once per row.
 */
export async function up(db: Kysely<unknown>, kind: "sqlite" | "postgres"): Promise<void> {
  await sql`insert into counters (name, value) values (${KIOSKS_CHANGED}, 0)`.execute(db);
  // The trigger bodies name the counter as written above: a trigger cannot take a parameter.
  if (kind === "postgres") {
    await sql`create function central_kiosks_changed() returns trigger language plpgsql as $$
      begin
        update counters set value = value + 1 where name = 'kiosks-changed';
        return null;
      end $$`.execute(db);
    await sql`create trigger kiosks_changed after insert or update or delete on kiosks
      for each statement execute function central_kiosks_changed()`.execute(db);
    return;
  }
  for (const event of ["insert", "update", "delete"]) {
    await sql`create trigger ${sql.raw(`kiosks_changed_on_${event}`)} after ${sql.raw(event)} on kiosks
      begin update counters set value = value + 1 where name = 'kiosks-changed'; end`.execute(db);
  }
}
