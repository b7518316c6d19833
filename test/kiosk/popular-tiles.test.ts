import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KioskConfig } from "../../kiosk-config/config/schema";
import { kioskCatalog } from "../../core/services/kiosk-catalog";
import { MIN_RANKED_USES, mostUsedTiles, RANKING_STALE_MS } from "../../core/services/popular-tiles";
import { openKioskStore, type KioskStore } from "../../core/store/kiosk-store";
import { getValue, kvKeys, setValue } from "../../core/store/kv";
import { CentralClient } from "../../core/sync/central-client";
import { pullRanking, storedRanking } from "../../core/sync/popular";
import { type Backend, enroll, startBackend, startTestCentral, type TestCentral } from "../central/harness";
import { tempDir } from "../support/runtime";

/**
 * The home screen's most-used tiles on a kiosk: the ranking pulled from a real central over HTTP
 * into the real store, then laid over this kiosk's catalog (hidden services never show) with the
 * site profile's fixed list as the fallback.
 */
let backend: Backend;
let central: TestCentral;
let store: KioskStore;
let client: CentralClient;
let kioskId: string;
const cleanups: (() => Promise<void> | void)[] = [];

async function seed(serviceId: string, count: number) {
  const at = new Date(Date.now() - 3_600_000).toISOString();
  await central.db.db
    .insertInto("submissions")
    .values(
      Array.from({ length: count }, () => ({
        kiosk_id: kioskId,
        id: randomUUID(),
        service_id: serviceId,
        body_hash: "seeded",
        status: "accepted",
        tracking_no: `T${randomUUID()}`,
        reply_sealed: "",
        data_sealed: "",
        created_at: at,
        received_at: at,
        purged_at: null,
      })),
    )
    .execute();
}

beforeAll(async () => {
  backend = await startBackend("sqlite");
  central = await startTestCentral(backend);
  const enrolled = await enroll(central, "首页磁贴", "site-tiles");
  kioskId = enrolled.kioskId;
  client = new CentralClient({ baseUrl: central.url, token: enrolled.token });
  const dir = tempDir("kiosk-tiles-");
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  store = await openKioskStore({ dataDir: dir });
  cleanups.push(() => store.close());
}, 60_000);
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  await central.close();
  await backend.stop();
});

const catalog = kioskCatalog(KioskConfig.parse({ site: "service-centre" }));
const fixed = catalog.mostUsed().map((s) => s.id);
const ids = (tiles: readonly { id: string }[]) => tiles.map((s) => s.id);

describe("most-used tiles", () => {
  it("keep the fixed list on a fresh kiosk and while the site has too few uses", async () => {
    expect(ids(mostUsedTiles(catalog, storedRanking(store.db), Date.now()))).toEqual(fixed);
    await seed("service-rating", MIN_RANKED_USES - 1);
    await pullRanking(client, store.db, new Date().toISOString());
    expect(storedRanking(store.db)?.ranking.total).toBe(MIN_RANKED_USES - 1);
    expect(ids(mostUsedTiles(catalog, storedRanking(store.db), Date.now()))).toEqual(fixed);
  });

  it("follow central's ranking, topped up from the fixed list, and never show a hidden service", async () => {
    await seed("utility-bill-payment", 30);
    await seed("hotline-12345", 25);
    await pullRanking(client, store.db, new Date().toISOString());
    const tiles = ids(mostUsedTiles(catalog, storedRanking(store.db), Date.now()));
    expect(tiles.slice(0, 3)).toEqual(["utility-bill-payment", "hotline-12345", "service-rating"]);
    expect(tiles).toHaveLength(fixed.length);
    expect(tiles.slice(3)).toEqual(
      fixed.filter((id) => !tiles.slice(0, 3).includes(id)).slice(0, fixed.length - 3),
    );
    const hiding = kioskCatalog(
      KioskConfig.parse({ site: "service-centre", services: { hide: ["utility-bill-payment"] } }),
    );
    const shown = ids(mostUsedTiles(hiding, storedRanking(store.db), Date.now()));
    expect(shown).not.toContain("utility-bill-payment");
    expect(shown[0]).toBe("hotline-12345");
  });

  it("ask again with the ETag, keep the ranking on 304 and on a failed pull, and go back to the fixed list when stale", async () => {
    const etag = getValue(store.db, kvKeys.popularEtag);
    expect(etag).toMatch(/^".+"$/);
    const before = storedRanking(store.db);
    const later = new Date(Date.now() + 60_000).toISOString();
    await pullRanking(client, store.db, later);
    expect(storedRanking(store.db)?.ranking).toEqual(before?.ranking);
    expect(storedRanking(store.db)?.fetchedAt).toBe(later);
    // Unreachable central: nothing changes.
    const dead = new CentralClient({ baseUrl: "http://127.0.0.1:9", token: "x", timeoutMs: 2_000 });
    await pullRanking(dead, store.db, new Date().toISOString());
    expect(storedRanking(store.db)?.ranking).toEqual(before?.ranking);
    const stale = Date.parse(later) + RANKING_STALE_MS + 1;
    expect(ids(mostUsedTiles(catalog, storedRanking(store.db), stale))).toEqual(fixed);
    // A damaged stored value reads as none, never as a crash.
    setValue(store.db, kvKeys.popularBody, "{not json", new Date().toISOString());
    expect(storedRanking(store.db)).toBeUndefined();
    expect(ids(mostUsedTiles(catalog, storedRanking(store.db), Date.now()))).toEqual(fixed);
  });
});
