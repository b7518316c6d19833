import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KioskStatus, SessionEndReason } from "../../core/api";
import { projectRoot } from "../../scripts/project";
import { kioskContext, launchChromium } from "../support/browser";
import { smallTargets } from "../support/targets";
import { type RunningKiosk, startKiosk } from "../support/webshell";

/**
 * The foundation's end-to-end smoke test: the real kiosk process (web shell, embedded defaults)
 * and real Chromium with touch. Screenshots land in artifacts/ for people to look at.
 */
const artifacts = join(projectRoot, "artifacts");
let kiosk: RunningKiosk;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  kiosk = await startKiosk();
  browser = await launchChromium();
  const context = await kioskContext(browser);
  page = await context.newPage();
  // A controllable clock lets the test wait out minutes of idle time without the floors changing.
  await page.clock.install();
  await page.goto(kiosk.url);
});

afterAll(async () => {
  await browser.close();
  await kiosk.stop();
});

const status = (): Promise<KioskStatus> =>
  page.evaluate(() => {
    if (!window.kiosk) throw new Error("window.kiosk missing");
    return window.kiosk.getStatus({});
  });

describe("kiosk smoke", () => {
  it("shows the attract screen with both entries, categories, clock and status", async () => {
    // Wait for the live page: a prerendered attract screen is painted first but carries no test ids.
    await page.getByTestId("entry-service").waitFor();
    await page.getByText("请将身份证放在读卡区").waitFor();
    await expect(page.getByRole("button", { name: /选择服务/ }).isVisible()).resolves.toBe(true);
    expect(await page.locator(".tile").count()).toBeGreaterThan(3);
    // The clock fills in on the frame after the first paint.
    await page.locator("time.clock").waitFor();
    await expect(page.getByTestId("network-status").textContent()).resolves.toMatch(/网络/);
    await expect(page.getByTestId("reader-status").textContent()).resolves.toMatch(/读卡器/);
    await expect(page.locator("html").getAttribute("translate")).resolves.toBe("no");
    expect(await smallTargets(page, 44)).toEqual([]);
    await page.screenshot({ path: join(artifacts, "attract.png") });
  });

  it("taps into a category and back", async () => {
    await page.getByTestId("category-social-insurance").tap();
    await page.getByTestId("category-screen").waitFor();
    await page.getByRole("heading", { level: 1, name: "社会保险" }).waitFor();
    // The heading comes with the page; the category's services a moment later.
    await page.locator(".service-row").first().waitFor();
    expect((await status()).sessionActive).toBe(true);
    await page.screenshot({ path: join(artifacts, "category.png") });
    await page.getByTestId("nav-back").tap();
    await page.getByText("请将身份证放在读卡区").waitFor();
  });

  it("switches to English and to 长辈版 with 64 px targets", async () => {
    await page.getByRole("button", { name: "English" }).tap();
    await page.getByText("Place your ID card on the reader").waitFor();
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await page.getByTestId("elder-toggle").tap();
    await expect(page.locator("html").getAttribute("data-elder")).resolves.toBe("true");
    expect(await smallTargets(page, 64)).toEqual([]);
    await page.screenshot({ path: join(artifacts, "attract-en-elder.png") });
  });

  it("warns with a countdown of at least 30 s when idle, then wipes the session", async () => {
    const ended = page.evaluate(
      () =>
        new Promise<SessionEndReason>((resolve) => {
          window.kiosk?.on("session-ended", (e) => resolve(e.reason));
        }),
    );
    // Menu screens warn after attractReturnSeconds (default 45 s).
    await page.clock.runFor(46_000);
    const countdown = page.getByTestId("idle-countdown");
    await countdown.waitFor();
    // The page clock also runs in real time, so on a loaded machine a second or two may already be
    // gone; the configured length itself is checked against the 30 s floor.
    const settings = await page.evaluate(() => window.kiosk?.getUiSettings({}));
    expect(settings?.countdownSeconds).toBeGreaterThanOrEqual(30);
    expect(Number(await countdown.textContent())).toBeGreaterThan(20);
    // Nothing was filled in on a menu page: the warning speaks of going home, not of clearing answers.
    const body = await page.locator("#idle-body").textContent();
    expect(body).toMatch(/秒后将返回首页|returns to the start screen/);
    expect(body).not.toMatch(/清除本次填写|what you entered is cleared/);
    await page.screenshot({ path: join(artifacts, "idle-warning.png") });
    await page.clock.runFor(31_000);
    await expect(ended).resolves.toBe("idle");
    await page.getByText("请将身份证放在读卡区").waitFor();
    await expect(page.locator("html").getAttribute("data-elder")).resolves.toBe("false");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("zh-CN");
    expect((await status()).sessionActive).toBe(false);
  });

  it("keeps a resident who taps 继续办理", async () => {
    await page.getByTestId("entry-service").tap();
    // The idle timer arms once the page holds the session id, which comes back from core through
    // the socket worker a moment after the tap. So the clock moves on in steps of 5 s until the
    // warning shows: a step shorter than the warning's countdown (≥ 30 s) can never run past it
    // and wipe the session, however late under load the timer was armed.
    for (let step = 0; step < 40; step++) {
      if (await page.getByTestId("idle-continue").isVisible()) break;
      await page.clock.runFor(5_000);
      await page.waitForTimeout(50);
    }
    await page.getByTestId("idle-continue").tap();
    await expect(page.getByTestId("idle-countdown").count()).resolves.toBe(0);
    expect((await status()).sessionActive).toBe(true);
    await page.getByTestId("nav-home").tap();
    await page.getByText("请将身份证放在读卡区").waitFor();
    expect((await status()).sessionActive).toBe(false);
  });
});
