import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KioskApi } from "../../core/api";
import { type FlowKiosk, maintenance, startFlowKiosk } from "../support/flow-driver";

/**
 * The home screen's most-used tiles follow the ranking central keeps of this site, end to end:
 * uses land in the (embedded) central's database, the kiosk pulls the ranking after a heartbeat,
 * and the attract screen in Chromium shows the tiles in that order.
 */
type Api = { kiosk: KioskApi };
let fk: FlowKiosk;

beforeAll(async () => {
  fk = await startFlowKiosk();
}, 120_000);
afterAll(async () => {
  await fk.close();
});

/** Adds `count` submissions of `serviceId` received an hour ago for the kiosk enrolled there. */
async function addUses(uses: Record<string, number>): Promise<void> {
  const file = join(fk.dataDir, "central.db");
  for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 200));
  const db = new Database(file);
  db.pragma("busy_timeout = 5000");
  try {
    let kiosk: { id: string } | undefined;
    for (let i = 0; i < 100 && kiosk === undefined; i++) {
      try {
        kiosk = db.prepare("select id from kiosks limit 1").get() as { id: string } | undefined;
      } catch {
        // The embedded central has not migrated its new file yet.
      }
      if (kiosk === undefined) await new Promise((r) => setTimeout(r, 200));
    }
    if (kiosk === undefined) throw new Error("the kiosk never enrolled with its embedded central");
    const at = new Date(Date.now() - 3_600_000).toISOString();
    const insert = db.prepare(
      `insert into submissions (kiosk_id, id, service_id, body_hash, status, tracking_no, reply_sealed,
       data_sealed, created_at, received_at) values (?, ?, ?, 'seeded', 'accepted', ?, '', '', ?, ?)`,
    );
    db.transaction(() => {
      for (const [serviceId, count] of Object.entries(uses))
        for (let n = 0; n < count; n++)
          insert.run(kiosk.id, randomUUID(), serviceId, `T${randomUUID()}`, at, at);
    })();
  } finally {
    db.close();
  }
}

const tileOrder = () =>
  fk.page
    .locator("[data-testid=most-used] [data-testid^=popular-]")
    .evaluateAll((tiles) => tiles.map((t) => t.getAttribute("data-testid")?.replace("popular-", "")));

describe("most-used tiles", () => {
  it("show the site profile's fixed list, then central's ranking of this site once pulled", async () => {
    const { page } = fk;
    const fixed = await page.evaluate(async () =>
      (await (globalThis as unknown as Api).kiosk.getCatalogSummary({})).mostUsed.map((s) => s.id),
    );
    expect(await tileOrder()).toEqual(fixed);
    await addUses({ "utility-bill-payment": 30, "hotline-12345": 25, "service-rating": 21 });
    let first: string | undefined;
    for (let i = 0; i < 60 && first !== "utility-bill-payment"; i++) {
      // The embedded central may still be starting: a failed sync is tried again.
      await maintenance(fk, { kind: "sync-now" }).catch(() => undefined);
      first = await page.evaluate(
        async () => (await (globalThis as unknown as Api).kiosk.getCatalogSummary({})).mostUsed[0]?.id,
      );
      if (first !== "utility-bill-payment") await new Promise((r) => setTimeout(r, 500));
    }
    await page.reload();
    await page.getByTestId("entry-service").waitFor();
    const shown = await tileOrder();
    expect(shown.slice(0, 3)).toEqual(["utility-bill-payment", "hotline-12345", "service-rating"]);
    // Topped up from the fixed list to the same number of tiles.
    expect(shown).toHaveLength(fixed.length);
    expect(shown.slice(3)).toEqual(
      fixed
        .filter((id) => !["utility-bill-payment", "hotline-12345", "service-rating"].includes(id))
        .slice(0, fixed.length - 3),
    );
    await expect(page.getByTestId("popular-utility-bill-payment").textContent()).resolves.toContain(
      "水电燃气费缴纳",
    );
  }, 120_000);
});
