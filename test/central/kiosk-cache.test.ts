import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KioskCache } from "../../central/auth/kiosk-cache";
import type { CentralDb } from "../../central/db/connect";
import type { KioskRow } from "../../central/db/schema";
import { openTwoProcessesEach, type TwoProcesses } from "./two-processes";

// Starts a throwaway PostgreSQL cluster (test/support/postgres.ts) beside a SQLite file. Per kind,
// two handles on one database: this process and another one (or the fleet CLI).
let dbs: TwoProcesses;
beforeAll(async () => {
  dbs = await openTwoProcessesEach("kiosk-cache");
}, 60_000);
afterAll(async () => {
  await dbs.close();
});

const row = (id: string): KioskRow => ({
  id,
  name: id,
  site: null,
  token_hash: `hash-${id}`,
  enrolled_at: "2026-12-04T08:00:00Z",
  revoked_at: null,
  next_token_hash: null,
  app_version: null,
  app_version_pending: null,
  district: null,
});

const changes = async (db: CentralDb): Promise<number> =>
  (
    await db.db
      .selectFrom("counters")
      .select("value")
      .where("name", "=", "kiosks-changed")
      .executeTakeFirstOrThrow()
  ).value;

describe.each(["sqlite", "postgres"] as const)("the kiosk cache (%s)", (kind) => {
  const pair = () => dbs.pair(kind);

  it("moves the change counter on every insert, update and delete of kiosks, whoever writes", async () => {
    const [here, other] = pair();
    const start = await changes(here);
    await other.db
      .insertInto("kiosks")
      .values(row(`${kind}-a`))
      .execute();
    await other.db.updateTable("kiosks").set({ name: "renamed" }).where("id", "=", `${kind}-a`).execute();
    // By hand, as at a SQL prompt: the trigger sees it too.
    await sql`update kiosks set revoked_at = '2026-12-04T09:00:00Z' where id = ${`${kind}-a`}`.execute(
      other.db,
    );
    await other.db.deleteFrom("kiosks").where("id", "=", `${kind}-a`).execute();
    expect(await changes(here)).toBe(start + 4);
    // Nothing else moves it.
    await other.db.selectFrom("kiosks").selectAll().execute();
    expect(await changes(here)).toBe(start + 4);
  });

  it("keeps a kiosk while nothing changes and forgets it once another process changes any kiosk", async () => {
    const [here, other] = pair();
    await other.db
      .insertInto("kiosks")
      .values([row(`${kind}-b`), row(`${kind}-c`)])
      .execute();
    const cache = new KioskCache(here.db, { checkEveryMs: 0 });
    const kiosk = await here.db
      .selectFrom("kiosks")
      .selectAll()
      .where("id", "=", `${kind}-b`)
      .executeTakeFirstOrThrow();
    cache.set(kiosk.token_hash, kiosk, await cache.current());
    await cache.current();
    expect(cache.get(kiosk.token_hash)?.id).toBe(`${kind}-b`);
    // Another process revokes a different kiosk: this one is forgotten too, and read again.
    await other.db
      .updateTable("kiosks")
      .set({ revoked_at: "2026-12-04T09:00:00Z" })
      .where("id", "=", `${kind}-c`)
      .execute();
    await cache.current();
    expect(cache.get(kiosk.token_hash)).toBeUndefined();
  });

  it("does not keep what a lookup read before the cache was cleared", async () => {
    const [here] = pair();
    const cache = new KioskCache(here.db, { checkEveryMs: 60_000 });
    const epoch = await cache.current();
    const kiosk = row(`${kind}-d`);
    // While the lookup was under way this process changed a kiosk and cleared the cache.
    cache.clear();
    cache.set(kiosk.token_hash, kiosk, epoch);
    expect(cache.get(kiosk.token_hash)).toBeUndefined();
    cache.set(kiosk.token_hash, kiosk, await cache.current());
    expect(cache.get(kiosk.token_hash)?.id).toBe(`${kind}-d`);
  });
});
