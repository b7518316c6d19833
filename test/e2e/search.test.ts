import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type FlowKiosk,
  openService,
  placeCard,
  startFlowKiosk,
  typeInsteadOfCapture,
} from "../support/flow-driver";

/**
 * The search screen and the pinyin keyboard as a resident meets them: tapping the on-screen keys
 * in Chromium against the real runtime, whose search index and candidate order the build wrote.
 */
let fk: FlowKiosk;

beforeAll(async () => {
  fk = await startFlowKiosk();
});
afterAll(async () => {
  await fk.close();
});

const tapKeys = async (text: string): Promise<void> => {
  for (const key of text) await fk.page.locator(`.osk [data-skbtn="${key}"]`).first().tap();
};

describe("search", () => {
  it("finds the 12345 hotline by its number, typed on the keyboard's digits", async () => {
    const { page } = fk;
    await page.getByTestId("entry-search").tap();
    await page.getByTestId("search-screen").waitFor();
    await tapKeys("12345");
    await expect(page.getByTestId("search-query").inputValue()).resolves.toBe("12345");
    const results = page.locator('[data-testid="search-results"][data-query="12345"]');
    await results.waitFor();
    await results.getByTestId("service-hotline-12345").waitFor();
    await expect(results.getByTestId("service-hotline-12345-progress").count()).resolves.toBe(1);
    // Letters after digits still search: 12345 followed by its pinyin initials.
    await tapKeys("j");
    await page.locator('[data-testid="search-results"][data-query="12345j"]').waitFor();
    await page.getByTestId("nav-home").tap();
    await page.getByTestId("entry-service").waitFor();
  });

  it("shows, key by key, what core's searchServices answers for the same query", async () => {
    const { page } = fk;
    await page.getByTestId("entry-search").tap();
    await page.getByTestId("search-screen").waitFor();
    let typed = "";
    for (const key of "shebao") {
      typed += key;
      await tapKeys(key);
      const results = page.locator(`[data-testid="search-results"][data-query="${typed}"]`);
      await results.waitFor();
      const shown = await results
        .locator('[data-testid^="service-"]')
        .evaluateAll((tiles) => tiles.map((t) => t.getAttribute("data-testid")));
      const fromCore = await page.evaluate(async (query) => {
        if (!window.kiosk) throw new Error("window.kiosk missing");
        return (await window.kiosk.searchServices({ query })).services.map((s) => `service-${s.id}`);
      }, typed);
      expect(fromCore.length).toBeGreaterThan(0);
      expect(shown).toEqual(fromCore);
    }
    await page.getByTestId("nav-home").tap();
    await page.getByTestId("entry-service").waitFor();
  });
});

describe("the pinyin keyboard's candidates", () => {
  it("offers the catalog's characters first: shui → 水 before 说", async () => {
    const { page } = fk;
    await openService(page, "newborn-med-insurance");
    await page.getByTestId("flow-start").tap();
    await page.getByTestId("page-identity").waitFor();
    await placeCard(fk);
    await typeInsteadOfCapture(page);
    await tapKeys("shui");
    const items = page.locator(".hg-candidate-box-list-item");
    await items.first().waitFor();
    const offered = await items.allTextContents();
    // 税 and 水 both name services here (税费, 水费); 说 names none.
    expect(offered.slice(0, 2)).toEqual(["税", "水"]);
    expect(offered).toContain("说");
    expect(offered.indexOf("水")).toBeLessThan(offered.indexOf("说"));
    await page.locator(".hg-candidate-box-list-item", { hasText: "水" }).first().tap();
    await expect(page.getByTestId("text-display").inputValue()).resolves.toBe("水");
  });
});
