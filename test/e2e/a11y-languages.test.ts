import { AxeBuilder } from "@axe-core/playwright";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project";
import { choose, type FlowKiosk, next, onQuestion, startFlowKiosk } from "../support/flow-driver";

/**
 * The acceptance's sweep: home → a category → a service page → the review page, walked in each
 * language the language row offers and in 长辈版, with axe-core run on every page (no serious or
 * critical violation). The service is 政务服务“好差评”: identity optional, two questions.
 */
const shot = (name: string): string => join(projectRoot, "artifacts", `a11y-languages-${name}.png`);
let fk: FlowKiosk;

beforeAll(async () => {
  fk = await startFlowKiosk();
}, 120_000);
afterAll(async () => {
  await fk.close();
});

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

const modes = [
  { name: "zh-CN", button: "简体", lang: "zh-CN", elder: false },
  { name: "zh-Hant", button: "繁體", lang: "zh-Hant", elder: false },
  { name: "en", button: "English", lang: "en", elder: false },
  { name: "elder", button: "简体", lang: "zh-CN", elder: true },
] as const;

describe("axe in every language and in 长辈版", () => {
  for (const mode of modes) {
    it(`home, category, service and review pages pass in ${mode.name}`, async () => {
      const { page } = fk;
      const check = async (where: string) => {
        expect(await seriousViolations(page), `${mode.name}: ${where}`).toEqual([]);
        await page.screenshot({ path: shot(`${mode.name}-${where}`) });
      };
      await page.getByTestId("entry-service").waitFor();
      await page.getByRole("button", { name: mode.button, exact: true }).tap();
      await page.waitForFunction((lang) => document.documentElement.lang === lang, mode.lang);
      if (mode.elder) {
        await page.getByTestId("elder-toggle").tap();
        await expect(page.locator("html").getAttribute("data-elder")).resolves.toBe("true");
      }
      await check("home");
      await page.getByTestId("entry-service").tap();
      await page.getByTestId("category-citizen-centre").tap();
      await page.getByTestId("service-service-rating").waitFor();
      await check("category");
      await page.getByTestId("service-service-rating").tap();
      await page.getByTestId("page-needs").waitFor();
      await check("service");
      await page.getByTestId("flow-start").tap();
      await page.getByTestId("identity-skip").tap();
      await onQuestion(page, "counter");
      await choose(page, "social-insurance");
      await next(page);
      await onQuestion(page, "rating");
      await choose(page, "satisfied");
      await next(page);
      await page.getByTestId("page-check").waitFor();
      // Still the chosen language and mode four pages in.
      await expect(page.locator("html").getAttribute("lang")).resolves.toBe(mode.lang);
      await check("review");
      // One clear way back and one clear way out on a service page; the bar's 返回/首页 step aside.
      for (const [id, count] of [
        ["flow-back", 1],
        ["flow-cancel", 1],
        ["nav-back", 0],
        ["nav-home", 0],
      ] as const)
        await expect(page.getByTestId(id).count(), `${mode.name}: ${id}`).resolves.toBe(count);
      await page.getByTestId("flow-cancel").tap();
      await page.getByTestId("entry-service").waitFor({ timeout: 15_000 });
      if (mode.elder && (await page.locator("html").getAttribute("data-elder")) === "true")
        await page.getByTestId("elder-toggle").tap();
    }, 90_000);
  }
});
