import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project";
import { kioskContext, launchChromium } from "../support/browser";
import { smallTargets } from "../support/targets";
import { type RunningKiosk, startKiosk } from "../support/webshell";
import { chinaToday } from "../support/china-date";

/** The technicians' menu in Chromium: hidden gesture, PIN with lockout, status, virtual devices. */
const artifacts = join(projectRoot, "artifacts");
let kiosk: RunningKiosk;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  kiosk = await startKiosk();
  browser = await launchChromium();
  page = await (await kioskContext(browser)).newPage();
  await page.goto(kiosk.url);
  await page.getByTestId("entry-service").waitFor();
});

afterAll(async () => {
  await browser.close();
  await kiosk.stop();
});

async function hiddenGesture(): Promise<void> {
  for (let i = 0; i < 5; i++) await page.touchscreen.tap(30, 30);
}

async function typePin(pin: string): Promise<void> {
  for (const digit of pin) await page.getByRole("button", { name: digit, exact: true }).tap();
}

describe("maintenance menu", () => {
  it("is not reachable by ordinary taps", async () => {
    for (let i = 0; i < 5; i++) await page.touchscreen.tap(500, 900);
    expect(await page.getByTestId("maintenance-layer").count()).toBe(0);
  });

  it("refuses a wrong PIN and opens with the right one", async () => {
    await hiddenGesture();
    await page.getByText("请输入维护密码").waitFor();
    const pin = readFileSync(join(kiosk.dataDir, "maintenance-pin"), "utf8").trim();
    const wrong = pin === "000000" ? "111111" : "000000";
    await typePin(wrong);
    await page
      .getByRole("alert")
      .getByText(/密码错误/)
      .waitFor();
    await typePin(pin);
    await page.getByRole("heading", { name: "维护菜单" }).waitFor();
    expect(await smallTargets(page, 44)).toEqual([]);
  });

  it("drives the virtual devices and shows the printed test page", async () => {
    await page.getByTestId("sim-paper-out").tap();
    await page
      .getByTestId("maintenance-result")
      .filter({ hasText: /纸张状态/ })
      .waitFor();
    await page.getByRole("button", { name: "打印测试页" }).tap();
    // Shown as a failure (the cross), naming the paper.
    await page.locator('[data-testid="maintenance-result"].check--fail').filter({ hasText: /纸/ }).waitFor();
    await page.getByTestId("sim-paper-ok").tap();
    await page.getByRole("button", { name: "打印测试页" }).tap();
    await page
      .getByTestId("maintenance-result")
      .getByText(/测试页已打印/)
      .waitFor();
    await page
      .getByTestId("recent-ticket")
      .first()
      // The test page carries the real date (it printed a fixed one before).
      .getByText(chinaToday())
      .waitFor();
    // The fault buttons are the report's list (the simulator's FAULT_KINDS), not the page's own.
    expect(await page.getByTestId("sim-fault-sam-failure").count()).toBe(1);
    await page.getByTestId("sim-fault-fragmented").tap();
    await page
      .getByTestId("maintenance-result")
      .getByText(/已注入故障：fragmented/)
      .waitFor();
    await page.screenshot({ path: join(artifacts, "maintenance.png"), fullPage: true });
  });

  it("returns to the attract screen when the technician leaves", async () => {
    await page.getByTestId("maintenance-exit").tap();
    expect(await page.getByTestId("maintenance-layer").count()).toBe(0);
    await page.getByText("请将身份证放在读卡区").waitFor();
  });
});
