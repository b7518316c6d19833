import { AxeBuilder } from "@axe-core/playwright";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project";
import {
  choose,
  type FlowKiosk,
  next,
  onQuestion,
  openService,
  placeCard,
  printAndFinish,
  printedTickets,
  removeCard,
  startFlowKiosk,
} from "../support/flow-driver";

/**
 * 繁體中文 (zh-Hant) through the web shell in Chromium: chosen on the attract screen, a whole
 * query service read and printed in Traditional characters, axe-clean on every page on the way.
 */
let fk: FlowKiosk;

beforeAll(async () => {
  fk = await startFlowKiosk();
});
afterAll(async () => {
  await fk.close();
});

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

const bodyText = async (page: Page): Promise<string> => (await page.locator("body").textContent()) ?? "";

describe("繁體中文", () => {
  it("is offered on the attract screen and turns the whole screen Traditional", async () => {
    const { page } = fk;
    await expect(bodyText(page)).resolves.toContain("请将身份证放在读卡区");
    await page.getByRole("button", { name: "繁體" }).tap();
    // The converter is fetched on first choice; the page switches once it is there.
    await page.waitForFunction(() => document.documentElement.lang === "zh-Hant");
    await expect(page.getByRole("button", { name: "繁體" }).getAttribute("aria-pressed")).resolves.toBe("true");
    const text = await bodyText(page);
    expect(text).toContain("請將身份證放在讀卡區");
    expect(text).toContain("選擇服務");
    expect(text).not.toContain("选择服务");
    expect(await seriousViolations(page), "attract: axe").toEqual([]);
    await page.screenshot({ path: join(projectRoot, "docs", "images", "attract-hant.png") });
  }, 60_000);

  it("finds services by the same pinyin in 繁體, and names them in Traditional characters", async () => {
    const { page } = fk;
    await page.getByTestId("entry-search").tap();
    await page.getByTestId("search-screen").waitFor();
    for (const key of "gjj") await page.locator(`.osk [data-skbtn="${key}"]`).first().tap();
    const results = page.locator('[data-testid="search-results"][data-query="gjj"]');
    await results.waitFor();
    const shown = (await results.textContent()) ?? "";
    expect(shown).toContain("公積金");
    expect(shown).not.toContain("公积金");
    expect(await seriousViolations(page), "search: axe").toEqual([]);
    await page.getByTestId("nav-home").tap();
    await page.getByTestId("entry-service").waitFor();
  }, 60_000);

  it("runs a query in 繁體 from catalog to printed receipt, names and central's rows included", async () => {
    const { page } = fk;
    // 首页 ended the last session; this resident chooses 繁體 again.
    if ((await page.locator("html").getAttribute("lang")) !== "zh-Hant") {
      await page.getByRole("button", { name: "繁體" }).tap();
      await page.waitForFunction(() => document.documentElement.lang === "zh-Hant");
    }
    await openService(page, "social-insurance-status");
    // The catalog's text (names, needs) arrives in zh-CN and is shown in Traditional.
    const needs = await bodyText(page);
    expect(needs).toContain("社保");
    expect(needs).toContain("身份證");
    expect(needs).not.toMatch(/社会保险|身份证/);
    expect(await seriousViolations(page), "needs page: axe").toEqual([]);
    await page.getByTestId("flow-start").tap();
    await page.getByTestId("page-identity").waitFor();
    await placeCard(fk);
    await onQuestion(page, "insuranceType");
    expect(await seriousViolations(page), "question page: axe").toEqual([]);
    await expect(bodyText(page)).resolves.toContain("養老保險");
    await choose(page, "pension");
    await next(page);
    await page.getByTestId("page-result").waitFor({ timeout: 20_000 });
    const rows = (await page.getByTestId("query-rows").textContent()) ?? "";
    expect(rows).toContain("養老保險");
    expect(rows).toContain("參保單位");
    expect(rows).not.toContain("养老保险");
    expect(await seriousViolations(page), "result page: axe").toEqual([]);
    await printAndFinish(page);
    // The simulator printer's captured text, decoded from the GB18030 bytes it received.
    const [ticket] = await printedTickets(fk);
    expect(ticket?.text).toContain("養老保險");
    expect(ticket?.text).not.toContain("养老保险");
    expect(ticket?.text).not.toMatch(/\d{17}[\dX]/);
    expect(await seriousViolations(page), "goodbye page: axe").toEqual([]);
    await page.getByTestId("flow-done").tap();
    await page.getByTestId("entry-service").waitFor();
    await removeCard(fk);
    // The session is over: the next resident starts in the configured default language.
    await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
  }, 120_000);
});
