import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CentralServer, startCentralServer } from "../../central/server";
import { launchChromium } from "../support/browser";
import { call, heartbeatBody, MANAGER_TOKEN } from "./harness";

let dir = "";
let server: CentralServer;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "central-console-"));
  server = await startCentralServer({ db: join(dir, "central.db"), port: 0, managerToken: MANAGER_TOKEN });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("fleet console page in Chromium", () => {
  it("lists kiosks with health, creates a usable enrollment code and publishes config", async () => {
    const code = await server.createEnrollmentCode("gulou");
    const { token } = (
      await call(server.url, "POST", "/v1/enroll", { body: { code, name: "<b>鼓楼一号</b>" } })
    ).json as {
      token: string;
    };
    await call(server.url, "POST", "/v1/heartbeat", { token, body: heartbeatBody() });

    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });
    await page.goto(`${server.url}/console`);
    await page.fill("#token", MANAGER_TOKEN);
    await page.click("#auth button");
    // The kiosk's name is shown as text, never interpreted as HTML.
    await page.getByText("<b>鼓楼一号</b>").waitFor();
    const row = await page.locator("#kiosks tr").first().innerText();
    expect(row).toContain("在线 online");
    expect(row).toContain("near-end");
    await page.locator("#summary", { hasText: "1 / 1 在线 online" }).waitFor();
    expect(await page.locator("#next").isDisabled()).toBe(true);
    // Filters go to the server: nobody here is "never seen", and the list says so by being empty.
    await page.selectOption("#f-status", "never");
    await page.click("#filter button");
    await expect.poll(() => page.locator("#kiosks tr").count()).toBe(0);
    await page.selectOption("#f-status", "");
    await page.fill("#f-site", "gulou");
    await page.click("#filter button");
    await page.getByText("<b>鼓楼一号</b>").waitFor();

    await page.fill("#code-site", "mall-2");
    await page.click("#code-form button");
    await page.locator("#code-out", { hasText: "-" }).waitFor();
    const shown = (await page.locator("#code-out").innerText()).split(" ")[0] ?? "";
    const enrolled = await call(server.url, "POST", "/v1/enroll", {
      body: { code: shown, name: "from console" },
    });
    expect(enrolled.status).toBe(201);

    await page.fill("#config-json", '{ "heartbeatSeconds": 45 }');
    await page.click("#config-form button");
    await page.locator("#config-out", { hasText: "published version" }).waitFor();
    await page.fill("#config-json", '{ "heartbeatSeconds": 1 }');
    await page.click("#config-form button");
    await page.locator("#config-out.error").waitFor();
    expect(problems.filter((p) => !p.includes("422"))).toEqual([]);
    await context.close();
  });

  it("shows a wrong credential as an error, not as data", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/console`);
    await page.fill("#token", "wrong");
    await page.click("#auth button");
    await page.locator("#kiosks td.error").waitFor();
    expect(await page.locator("#kiosks").innerText()).toContain("invalid bearer token");
    await page.close();
  });
});
