import { AxeBuilder } from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project";
import { kioskContext, launchChromium } from "../support/browser";
import { smallTargets } from "../support/targets";
import { type RunningKiosk, startKiosk } from "../support/webshell";
import { chinaToday } from "../support/china-date";

/**
 * The technician's diagnostics in Chromium through the web shell: every one-tap test, the device
 * ports, the support packet; axe-clean with 44 px targets, and screenshots for docs/images.
 */
const images = join(projectRoot, "docs", "images");
let kiosk: RunningKiosk;
let browser: Browser;
let page: Page;

beforeAll(async () => {
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

async function seriousViolations(): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

/** What a script in the page can try without the PIN: every maintenance call is refused. */
const ATTEMPTS = `(async () => {
  const tries = {
    list: () => window.kiosk.listDiagnostics({ token: "guess" }),
    run: () => window.kiosk.runDiagnostic({ token: "guess", id: "reader" }),
    ports: () => window.kiosk.getDeviceSettings({ token: "" }),
    set: () => window.kiosk.setDeviceSettings({ token: "guess", device: "printer", port: "/dev/ttyS0", baudRate: 9600 }),
    packet: () => window.kiosk.sendSupportPacket({ token: "guess" }),
    restart: () => window.kiosk.runMaintenanceAction({ token: "guess", action: { kind: "restart-app" } }),
  };
  const out = {};
  for (const [name, call] of Object.entries(tries)) {
    try { await call(); out[name] = "answered"; } catch (e) { out[name] = String(e && e.message); }
  }
  return out;
})()`;

describe("maintenance diagnostics in Chromium", () => {
  it("refuses a page without the maintenance token: no diagnostics, no port change", async () => {
    const outcome = await page.evaluate<Record<string, string>>(ATTEMPTS);
    for (const [name, result] of Object.entries(outcome)) expect(result, name).toMatch(/locked/);
    const status = await page.evaluate<{ devices: { printer: { port: string } } }>(
      "window.kiosk.getStatus({})",
    );
    expect(status.devices.printer.port).not.toBe("/dev/ttyS0");
  });

  it("opens with the PIN and runs every diagnostic with a verdict in plain Chinese", async () => {
    for (let i = 0; i < 5; i++) await page.touchscreen.tap(30, 30);
    await page.getByText("请输入维护密码").waitFor();
    const pin = readFileSync(join(kiosk.dataDir, "maintenance-pin"), "utf8").trim();
    for (const digit of pin) await page.getByRole("button", { name: digit, exact: true }).tap();
    await page.getByRole("heading", { name: "维护菜单" }).waitFor();
    await page.getByTestId("diagnostic-reader").waitFor();
    await page.screenshot({ path: join(images, "maintenance-menu.png") });

    // The embedded central comes up after the page: the network test is for a kiosk that reached it.
    await expect
      .poll(async () => (await page.evaluate<{ online: boolean }>("window.kiosk.getStatus({})")).online, {
        timeout: 30_000,
      })
      .toBe(true);
    await page.getByTestId("sim-card-resident").tap();
    await page
      .getByTestId("maintenance-result")
      .getByText(/已放置模拟身份证/)
      .waitFor();
    for (const id of [
      "reader",
      "printer",
      "devices",
      "network",
      "outbox",
      "config",
      "catalog",
      "system",
      "errors",
      "app",
    ]) {
      await page.getByTestId(`run-${id}`).tap();
      await page.getByTestId(`result-${id}`).waitFor({ timeout: 15_000 });
      await expect(page.getByTestId(`run-${id}`).isDisabled()).resolves.toBe(false);
    }
    // The reader showed the card it read, masked; the printer's test page is dated today.
    await expect(page.getByTestId("result-reader").textContent()).resolves.toMatch(/\d{4}\*{10}[\dX]{4}/);
    await expect(page.getByTestId("result-reader").textContent()).resolves.toMatch(/正常/);
    await expect(page.getByTestId("result-network").textContent()).resolves.toMatch(/\d+ ms/);
    await page.getByTestId("recent-ticket").first().getByText(chinaToday()).waitFor();
    await page.getByTestId("diagnostic-reader").screenshot({ path: join(images, "maintenance-reader.png") });
    await page.getByTestId("diagnostic-network").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(images, "maintenance-diagnostics.png") });
    expect(await seriousViolations()).toEqual([]);
    expect(await smallTargets(page, 44)).toEqual([]);
  }, 120_000);

  it("sends a support packet to central and says so", async () => {
    await page.getByTestId("send-support-packet").tap();
    await page
      .getByTestId("support-result")
      .getByText(/支持包已上传/)
      .waitFor({ timeout: 15_000 });
  });

  it("changes the printer's baud rate from the menu, saved and reopened", async () => {
    await page.locator("#port-printer-baud").selectOption("57600");
    await page.getByTestId("port-printer-save").tap();
    await page
      .getByTestId("maintenance-result")
      .getByText(/已保存，打印机正在用 sim（57600）重新连接/)
      .waitFor();
    await page
      .getByTestId("port-printer")
      .getByText(/在本菜单里设置/)
      .waitFor();
    await page.getByTestId("port-printer").screenshot({ path: join(images, "maintenance-ports.png") });
    expect(await seriousViolations()).toEqual([]);
    expect(await smallTargets(page, 44)).toEqual([]);
    await page.screenshot({ path: join(images, "maintenance-full.png"), fullPage: true });
  }, 60_000);
});
