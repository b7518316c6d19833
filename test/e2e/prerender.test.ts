import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project";
import { kioskContext, launchChromium } from "../support/browser";
import { type RunningKiosk, startKiosk } from "../support/webshell";

/**
 * The prerendered attract screen (scripts/prerender.ts): served while it matches the live data,
 * painted before the app's scripts run, untouchable until the live page replaces it, and the same
 * markup as the live page, so the swap cannot be seen.
 */
let kiosk: RunningKiosk;
let browser: Browser;

beforeAll(async () => {
  kiosk = await startKiosk();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
  await kiosk.stop();
});

describe("the prerendered attract screen", () => {
  it("is what the web shell serves, inert, with the live page's markup", async () => {
    const served = await (await fetch(kiosk.url)).text();
    expect(served).toMatch(/<div id="root" inert data-prerendered="[0-9a-f]{32}">/);
    const prerenderedMain = /<main[\s\S]*<\/main>/.exec(served)?.[0];
    expect(prerenderedMain).toContain("请将身份证放在读卡区");

    const page = await (await kioskContext(browser)).newPage();
    await page.goto(kiosk.url);
    await page.getByTestId("entry-service").waitFor();
    const live = await page.evaluate((prerendered) => {
      // Both through the browser's own serializer, without test ids and React's comment markers.
      const comparable = (element: Element | null | undefined): string => {
        if (!element) return "";
        const copy = element.cloneNode(true) as Element;
        for (const e of copy.querySelectorAll("[data-testid]")) e.removeAttribute("data-testid");
        const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
        const comments: Node[] = [];
        while (walker.nextNode()) comments.push(walker.currentNode);
        for (const c of comments) c.parentNode?.removeChild(c);
        copy.normalize();
        return copy.outerHTML;
      };
      const parsed = new DOMParser().parseFromString(prerendered, "text/html");
      const root = document.getElementById("root");
      return {
        main: comparable(document.querySelector("main")),
        prerenderedMain: comparable(parsed.querySelector("main")),
        inert: root?.hasAttribute("inert") ?? true,
        prerendered: root?.hasAttribute("data-prerendered") ?? true,
        interactive: performance.getEntriesByName("kiosk-interactive").length,
      };
    }, prerenderedMain ?? "");
    expect(live).toMatchObject({ inert: false, prerendered: false, interactive: 1 });
    expect(live.main).toContain("选择服务");
    expect(live.main).toBe(live.prerenderedMain);
    await page.screenshot({ path: join(projectRoot, "artifacts", "attract-live-after-prerender.png") });
    await page.close();
  });

  it("keeps taps off the picture until the live page is there", async () => {
    const page = await (await kioskContext(browser)).newPage();
    const refused: string[] = [];
    page.on("console", (message) => {
      if (message.text().includes("Content Security Policy")) refused.push(message.text());
    });
    // Hold the app's scripts back, so the prerendered screen stays up for the test.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/assets/*.js", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(kiosk.url, { waitUntil: "commit" });
    await page.locator(".entry--service").waitFor();
    expect(await page.evaluate(() => document.getElementById("root")?.hasAttribute("inert"))).toBe(true);
    // Playwright refuses to tap what the page would not deliver a tap to.
    await expect(page.locator(".entry--service").tap({ timeout: 500 })).rejects.toThrow();
    // Styled by its inline stylesheet, which the CSP allows by hash (and nothing else inline).
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain(
      "Noto Sans CJK SC",
    );
    expect(refused).toEqual([]);
    await page.screenshot({ path: join(projectRoot, "artifacts", "attract-prerendered.png") });
    release();
    await page.getByTestId("entry-service").tap();
    await page.getByTestId("category-social-insurance").waitFor();
    await page.close();
  });

  it("starts again when the runtime goes away while the page starts", async () => {
    const page = await (await kioskContext(browser)).newPage();
    let connections = 0;
    await page.routeWebSocket(/\/kiosk$/, (ws) => {
      connections += 1;
      if (connections === 1) {
        // The first connection dies with the page's first calls in flight.
        ws.onMessage(() => {
          void ws.close();
        });
        return;
      }
      const server = ws.connectToServer();
      ws.onMessage((message) => server.send(message));
      server.onMessage((message) => ws.send(message));
    });
    let loads = 0;
    page.on("load", () => (loads += 1));
    await page.goto(kiosk.url);
    await page.getByTestId("entry-service").waitFor({ timeout: 15_000 });
    expect(loads).toBe(2);
    await page.close();
  });
});
