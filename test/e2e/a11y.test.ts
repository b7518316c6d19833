import { AxeBuilder } from "@axe-core/playwright";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project";
import { kioskContext } from "../support/browser";
import {
  chinaDate,
  choose,
  type FlowKiosk,
  keyType,
  next,
  onQuestion,
  openService,
  padType,
  pickDate,
  pinyinType,
  placeCard,
  removeCard,
  startFlowKiosk,
  submitAndWait,
  typeInsteadOfCapture,
} from "../support/flow-driver";
import { smallTargets } from "../support/targets";

/**
 * axe-core in real Chromium on the attract, catalog, question, check-answers and
 * confirmation pages: no serious or critical violations, and every touch target at least 44 CSS
 * px (64 in 长辈版). A deliberately broken page proves the check itself catches violations.
 */
const shot = (name: string): string => join(projectRoot, "artifacts", `a11y-${name}.png`);
let fk: FlowKiosk;

beforeAll(async () => {
  fk = await startFlowKiosk();
});
afterAll(async () => {
  await fk.close();
});

/** The serious and critical violations on the page, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

/**
 * Axe, then the target floor in normal mode and in 长辈版 (toggled on and back off). 长辈版 only
 * scales sizes, so axe runs once per page to keep the suite quick.
 */
async function checkPage(page: Page, name: string): Promise<void> {
  expect(await seriousViolations(page), `${name}: axe`).toEqual([]);
  expect(await smallTargets(page, 44), `${name}: 44 px targets`).toEqual([]);
  await page.getByTestId("elder-toggle").tap();
  await expect(page.locator("html").getAttribute("data-elder")).resolves.toBe("true");
  expect(await smallTargets(page, 64), `${name}: 64 px targets in 长辈版`).toEqual([]);
  await page.screenshot({ path: shot(`${name}-elder`) });
  await page.getByTestId("elder-toggle").tap();
  await expect(page.locator("html").getAttribute("data-elder")).resolves.toBe("false");
}

describe("accessibility", () => {
  it("catches violations on a deliberately broken page (the check can fail)", async () => {
    const context = await kioskContext(fk.browser);
    const page = await context.newPage();
    await page.setContent(`<!doctype html><html lang="zh-CN"><body>
      <main>
        <p style="color:#bbb;background:#fff">浅灰色的说明文字</p>
        <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
        <input type="text">
        <button style="width:12px;height:12px;padding:0" type="button" aria-label="x"></button>
        <button style="width:12px;height:12px;padding:0;margin-left:2px" type="button" aria-label="y"></button>
      </main></body></html>`);
    const rules = (await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id);
    expect(rules).toEqual(expect.arrayContaining(["color-contrast", "image-alt", "label"]));
    expect((await seriousViolations(page)).length).toBeGreaterThan(0);
    // The bare text input and both 12 px buttons.
    expect((await smallTargets(page, 44)).length).toBe(3);
    await context.close();
  });

  it("attract, catalog, question, check-answers and confirmation pass, in both modes", async () => {
    const { page } = fk;
    await page.getByTestId("most-used").waitFor();
    await checkPage(page, "attract");

    await page.getByTestId("entry-service").tap();
    await page.getByTestId("open-search").waitFor();
    await checkPage(page, "catalog");
    await page.getByTestId("nav-home").tap();

    await openService(page, "newborn-med-insurance");
    await page.getByTestId("flow-start").tap();
    await page.getByTestId("page-identity").waitFor();
    await placeCard(fk);
    await typeInsteadOfCapture(page);
    await next(page);
    await page.getByTestId("problem-summary").waitFor();
    await checkPage(page, "question-error");
    await pinyinType(page, [
      ["lin", "林"],
      ["xiao", "小"],
      ["an", "安"],
    ]);
    await next(page);
    await choose(page, "male");
    await next(page);
    await onQuestion(page, "childBirthDate");
    await pickDate(page, chinaDate(30));
    await checkPage(page, "question-date");
    await next(page);
    await keyType(page, "Q350100001");
    await next(page);
    await choose(page, "mother");
    await next(page);
    await onQuestion(page, "phone");
    await checkPage(page, "question-phone");
    await padType(page, "13800138000");
    await next(page);
    await page.getByTestId("page-check").waitFor();
    await checkPage(page, "check-answers");
    await submitAndWait(page);
    await checkPage(page, "confirmation");
    await page.getByTestId("flow-finish").tap();
    await page.getByTestId("flow-done").tap();
    await removeCard(fk);
  }, 120_000);
});
