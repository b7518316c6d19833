import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project";
import { type FlowKiosk, startFlowKiosk } from "../support/flow-driver";

/** 长辈版 keeps search: on the attract screen and on the catalog, visible, tappable, axe-clean. */
const shot = (name: string): string => join(projectRoot, "artifacts", `elder-${name}.png`);
let fk: FlowKiosk;

beforeAll(async () => {
  fk = await startFlowKiosk();
});
afterAll(async () => {
  await fk.close();
});

async function axeSerious(): Promise<string[]> {
  const results = await new AxeBuilder({ page: fk.page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

describe("长辈版 search", () => {
  it("offers search on the attract screen and the catalog, and it opens", async () => {
    const { page } = fk;
    await page.getByTestId("elder-toggle").tap();
    await expect(page.locator("html").getAttribute("data-elder")).resolves.toBe("true");
    const attractSearch = page.getByTestId("entry-search");
    await expect(attractSearch.isVisible()).resolves.toBe(true);
    // Large enough for 长辈版's touch floor.
    const box = await attractSearch.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(64);
    await page.screenshot({ path: shot("attract") });
    expect(await axeSerious()).toEqual([]);
    await attractSearch.tap();
    await page.getByTestId("search-screen").waitFor();
    await page.getByTestId("nav-home").tap();

    await page.getByTestId("entry-service").tap();
    const catalogSearch = page.getByTestId("open-search");
    await catalogSearch.waitFor();
    await expect(catalogSearch.isVisible()).resolves.toBe(true);
    expect((await catalogSearch.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(64);
    await page.screenshot({ path: shot("catalog") });
    expect(await axeSerious()).toEqual([]);
    await catalogSearch.tap();
    await page.getByTestId("search-screen").waitFor();
    await page.getByTestId("nav-home").tap();
    await page.getByTestId("entry-service").waitFor();
    await page.getByTestId("elder-toggle").tap();
  }, 90_000);
});
