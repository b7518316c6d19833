import { AxeBuilder } from "@axe-core/playwright";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project";
import {
  type FlowKiosk,
  next,
  openService,
  pinyinType,
  placeCard,
  startFlowKiosk,
  typeInsteadOfCapture,
} from "../support/flow-driver";

/**
 * What a first-time user hit (issue 13, part 0), walked in Chromium: a name that keeps pinyin
 * letters, a kiosk without a camera promising one, the card-read note on the service list; each
 * page axe-clean in 中文, English and 长辈版.
 */
const shot = (name: string): string => join(projectRoot, "artifacts", `first-user-${name}.png`);
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

/** Axe in 简体, then 繁體, then English, then 长辈版, back to 简体 after. */
async function axeEverywhere(page: Page, name: string): Promise<void> {
  expect(await seriousViolations(page), `${name} zh-CN`).toEqual([]);
  await page.getByRole("button", { name: "繁體" }).tap();
  await page.waitForFunction(() => document.documentElement.lang === "zh-Hant");
  expect(await seriousViolations(page), `${name} zh-Hant`).toEqual([]);
  await page.getByRole("button", { name: "English" }).tap();
  expect(await seriousViolations(page), `${name} en`).toEqual([]);
  await page.screenshot({ path: shot(`${name}-en`) });
  await page.getByRole("button", { name: "简体" }).tap();
  await page.getByTestId("elder-toggle").tap();
  expect(await seriousViolations(page), `${name} 长辈版`).toEqual([]);
  await page.getByTestId("elder-toggle").tap();
}

describe("a first-time user", () => {
  it("gets the character picked from the candidate box, never the letters with it", async () => {
    const { page } = fk;
    await openService(page, "newborn-med-insurance");
    await page.getByTestId("flow-start").tap();
    await page.getByTestId("page-identity").waitFor();
    await placeCard(fk);
    await typeInsteadOfCapture(page);
    // Letters typed and cleared, then a syllable and the box's first candidate, as a first-timer does.
    for (const letter of "xu") await page.locator(`.osk [data-skbtn="${letter}"]`).first().tap();
    await page.locator('.osk [data-skbtn="{clear}"]').first().tap();
    for (const letter of "lin") await page.locator(`.osk [data-skbtn="${letter}"]`).first().tap();
    const first = page.locator(".hg-candidate-box-list-item").first();
    const picked = (await first.textContent()) ?? "";
    await first.tap();
    await expect(page.getByTestId("text-display").inputValue()).resolves.toBe(picked);
    await pinyinType(page, [
      ["xiao", "小"],
      ["an", "安"],
    ]);
    await expect(page.getByTestId("text-display").inputValue()).resolves.toBe(`${picked}小安`);
  }, 60_000);

  it("is told in words that a name must be in Chinese characters", async () => {
    const { page } = fk;
    await page.locator('.osk [data-skbtn="{clear}"]').first().tap();
    for (const letter of "lin") await page.locator(`.osk [data-skbtn="${letter}"]`).first().tap();
    await next(page);
    await expect(page.getByTestId("field-error").textContent()).resolves.toContain("姓名请用汉字");
    await page.screenshot({ path: shot("latin-name") });
    await axeEverywhere(page, "latin-name");
    await page.getByTestId("flow-cancel").tap();
    await page.getByTestId("entry-service").waitFor();
  }, 60_000);

  it("hears before starting a photo report that this kiosk has no camera", async () => {
    const { page } = fk;
    // This Chromium has a fake camera: take it away as a kiosk without one would.
    await page.evaluate(() => {
      navigator.mediaDevices.enumerateDevices = () => Promise.resolve([]);
    });
    await openService(page, "food-safety-report");
    await page.getByTestId("needs-no-camera").filter({ hasText: "没有可用的摄像头" }).waitFor();
    await page.screenshot({ path: shot("no-camera") });
    await axeEverywhere(page, "no-camera");
    await page.getByTestId("flow-cancel").tap();
    await page.getByTestId("entry-service").waitFor();
  }, 60_000);

  it("reads the header on one row in English, and in 长辈版 is told more lies below", async () => {
    const { page } = fk;
    const barHeight = async (): Promise<number> =>
      (await page.locator(".status-bar").boundingBox())?.height ?? Number.NaN;
    const zh = await barHeight();
    await page.getByRole("button", { name: "English" }).tap();
    await page.getByText("Choose a service").first().waitFor();
    expect(await barHeight()).toBeLessThanOrEqual(zh + 2);
    await page.screenshot({ path: shot("attract-en") });
    await page.getByRole("button", { name: "简体" }).tap();
    await page.getByTestId("elder-toggle").tap();
    await page.getByTestId("more-below").waitFor();
    // The hints under the big buttons grow with the rest of the type: body size, not small print.
    const sizes = await page.evaluate(() => {
      const px = (el: Element | null) => (el === null ? 0 : Number.parseFloat(getComputedStyle(el).fontSize));
      return { hint: px(document.querySelector(".entry__hint")), body: px(document.body) };
    });
    expect(sizes.hint).toBeGreaterThanOrEqual(26);
    expect(sizes.hint).toBeGreaterThanOrEqual(sizes.body);
    await page.screenshot({ path: shot("attract-elder") });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId("more-below").tap();
    // Tapping scrolls until the last category is in view, and then the hint goes.
    for (let i = 0; i < 6 && (await page.getByTestId("more-below").count()) > 0; i++) {
      await page.getByTestId("more-below").tap();
      await page.waitForTimeout(600);
    }
    await expect(page.getByTestId("more-below").count()).resolves.toBe(0);
    await expect(
      page.locator(".category-grid button, [data-testid^='category-']").last().isVisible(),
    ).resolves.toBe(true);
    await page.screenshot({ path: shot("attract-elder-end") });
    await page.getByTestId("elder-toggle").tap();
  }, 60_000);
});
