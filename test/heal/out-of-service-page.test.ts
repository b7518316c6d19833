import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { projectRoot } from "../../scripts/project";
import { serveOutOfService } from "../../scripts/supervise/out-of-service-server";
import { kioskContext, launchChromium } from "../support/browser";
import { freePort } from "../support/supervised";
import { get } from "../support/webshell-client";

/** The out-of-service screen as the supervisor serves it, in Chromium on the portrait panel. */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const note = {
  kioskId: "5f0c2a9e-1d7b-4c1e-9a53-0d6f1e2b7c41",
  kioskName: "鼓楼区政务服务中心 3 号机",
  helpPhone: "0591-12345",
};

describe("the out-of-service screen", () => {
  it("says it in Chinese first and English, with the kiosk's number and help line, and is axe-clean", async () => {
    const port = await freePort();
    const server = await serveOutOfService(port, note);
    try {
      const page = await (await kioskContext(browser)).newPage();
      const refused: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
      });
      const response = await page.goto(`http://127.0.0.1:${String(port)}/`);
      expect(response?.status()).toBe(503);
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toMatch(
        /^本终端暂停服务.*out of service/,
      );
      await expect(page.locator("main").textContent()).resolves.toContain(note.kioskId);
      await expect(page.locator(".phone").textContent()).resolves.toBe("0591-12345");
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      // Its own CSP lets its one script run: nothing is refused.
      expect(refused).toEqual([]);
      mkdirSync(join(projectRoot, "docs", "images"), { recursive: true });
      await page.screenshot({ path: join(projectRoot, "docs", "images", "out-of-service.png") });
    } finally {
      await server.close();
    }
  }, 60_000);

  it("escapes what it shows, and refuses the page's socket", async () => {
    const port = await freePort();
    const server = await serveOutOfService(port, { ...note, kioskName: '<img src=x onerror="alert(1)">' });
    try {
      const screen = await get(port, "/anything?x=1");
      expect(screen.status).toBe(503);
      expect(screen.body).not.toContain("<img");
      expect(screen.body).toContain("&#60;img");
      const head = await get(port, "/", {}, "HEAD");
      expect(head.status).toBe(503);
      expect(head.body).toBe("");
    } finally {
      await server.close();
    }
  });

  it("goes back to the kiosk by itself once something else answers on its address", async () => {
    const port = await freePort();
    const server = await serveOutOfService(port, note);
    const page = await (await kioskContext(browser)).newPage();
    await page.goto(`http://127.0.0.1:${String(port)}/`);
    await server.close();
    // The kiosk is back: here a plain server standing in for its web shell on the same port.
    const { createServer } = await import("node:http");
    const kiosk = createServer((_req, res) =>
      res.writeHead(200, { "content-type": "text/html" }).end("<title>kiosk</title>"),
    );
    await new Promise<void>((resolve) => kiosk.listen(port, "127.0.0.1", resolve));
    try {
      await vi.waitFor(async () => expect(await page.title()).toBe("kiosk"), {
        timeout: 20_000,
        interval: 200,
      });
    } finally {
      kiosk.closeAllConnections();
      await new Promise<void>((resolve) => kiosk.close(() => resolve()));
    }
  }, 60_000);
});
