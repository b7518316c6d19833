import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { KyselyPlugin } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CentralDb, openCentralDb } from "../db/connect";
import type { KioskRow } from "../db/schema";
import { KioskLookup } from "./kiosk-lookup";

let dir = "";
let central: CentralDb;

const kiosk = (id: string, token: string, next: string | null = null) => ({
  id,
  name: id,
  site: null,
  token_hash: token,
  enrolled_at: "2026-12-03T08:00:00Z",
  revoked_at: null,
  next_token_hash: next,
  app_version: null,
  app_version_pending: null,
  district: null,
});

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kiosk-lookup-"));
  central = await openCentralDb(join(dir, "central.db"));
  const rows = [kiosk("k-1", "h1"), kiosk("k-2", "h2", "h2-next")];
  for (let i = 3; i <= 450; i++) rows.push(kiosk(`k-${String(i)}`, `h${String(i)}`));
  for (let i = 0; i < rows.length; i += 100) {
    await central.db
      .insertInto("kiosks")
      .values(rows.slice(i, i + 100))
      .execute();
  }
});
afterAll(async () => {
  await central.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("KioskLookup", () => {
  it("answers the lookups of one turn from one query: token, rotated token, unknown, asked twice", async () => {
    const lookup = new KioskLookup(central.db);
    const found = await Promise.all(["h1", "h2-next", "nobody", "h1", "h2"].map((h) => lookup.find(h)));
    expect(found.map((k) => k?.id)).toEqual(["k-1", "k-2", undefined, "k-1", "k-2"]);
    expect(lookup.queries).toBe(1);
  });

  it("reads afresh on the next turn (a revocation is seen at once) and splits a large turn", async () => {
    const lookup = new KioskLookup(central.db);
    expect((await lookup.find("h3"))?.revoked_at).toBeNull();
    await central.db
      .updateTable("kiosks")
      .set({ revoked_at: "2026-12-03T09:00:00Z" })
      .where("id", "=", "k-3")
      .execute();
    expect((await lookup.find("h3"))?.revoked_at).toBe("2026-12-03T09:00:00Z");
    expect(lookup.queries).toBe(2);
    const many = await Promise.all(Array.from({ length: 450 }, (_, i) => lookup.find(`h${String(i + 1)}`)));
    expect(many.map((k) => k?.id)).toEqual(Array.from({ length: 450 }, (_, i) => `k-${String(i + 1)}`));
    // 450 hashes at most 200 to a query.
    expect(lookup.queries).toBe(5);
  });

  it("holds lookups asked for while a read is in flight and reads them together in the next", async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    // Every result waits for `held`, so the first read stays in flight until the test lets go.
    const slow: KyselyPlugin = {
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        await held;
        return args.result;
      },
    };
    const lookup = new KioskLookup(central.db.withPlugin(slow));
    const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
    const first = lookup.find("h1");
    await nextTurn();
    const later: Promise<KioskRow | undefined>[] = [];
    for (const hash of ["h2", "h3", "h4"]) {
      later.push(lookup.find(hash));
      await nextTurn();
    }
    expect(lookup.queries).toBe(1);
    release();
    expect((await first)?.id).toBe("k-1");
    expect((await Promise.all(later)).map((k) => k?.id)).toEqual(["k-2", "k-3", "k-4"]);
    expect(lookup.queries).toBe(2);
  });

  it("fails every lookup of a turn whose query failed", async () => {
    const dir2 = mkdtempSync(join(tmpdir(), "kiosk-lookup-closed-"));
    const closed = await openCentralDb(join(dir2, "central.db"));
    const lookup = new KioskLookup(closed.db);
    await closed.close();
    await expect(Promise.all([lookup.find("h1"), lookup.find("h2")])).rejects.toThrow();
    rmSync(dir2, { recursive: true, force: true });
  });
});
