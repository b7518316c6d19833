import { connect, createServer, type Socket } from "node:net";
import { join } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
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
/** One browser profile, as on a kiosk: the web shell hands its door's secret to one browser only. */
let context: BrowserContext;

beforeAll(async () => {
  kiosk = await startKiosk();
  browser = await launchChromium();
  context = await kioskContext(browser);
});
afterAll(async () => {
  await browser.close();
  await kiosk.stop();
});

describe("the prerendered attract screen", () => {
  it("is what the web shell serves, inert, with the live page's markup", async () => {
    // Fetched through the browser's context, so the door's cookie lands where its pages find it.
    const served = await (await context.request.get(kiosk.url)).text();
    expect(served).toMatch(/<div id="root" inert data-prerendered="[0-9a-f]{32}">/);
    const prerenderedMain = /<main[\s\S]*<\/main>/.exec(served)?.[0];
    expect(prerenderedMain).toContain("请将身份证放在读卡区");

    const page = await context.newPage();
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
    const page = await context.newPage();
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
    // A relay in front of the kiosk cuts the first WebSocket once the page sends on it, so the
    // first connection dies with the page's first calls in flight. (Playwright's routeWebSocket
    // cannot see the page's socket: it lives in a worker.)
    const relay = await relayCuttingFirstSocket(new URL(kiosk.url));
    const page = await context.newPage();
    let loads = 0;
    page.on("load", () => (loads += 1));
    try {
      await page.goto(relay.url);
      await page.getByTestId("entry-service").waitFor({ timeout: 15_000 });
      expect(relay.cut()).toBe(true);
      expect(loads).toBe(2);
    } finally {
      await page.close();
      await relay.close();
    }
  });
});

/** A TCP relay to `target` that cuts the first WebSocket it carries at the client's first frame. */
async function relayCuttingFirstSocket(
  target: URL,
): Promise<{ url: string; cut: () => boolean; close: () => Promise<void> }> {
  let cut = false;
  let relayHost = "";
  const open = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    open.add(client).add(upstream);
    let chunks = 0;
    let cutThis = false;
    client.on("data", (chunk: Buffer) => {
      chunks += 1;
      // The upgrade request comes alone: the client sends frames only after the 101 reply.
      if (chunks === 1 && !cut && /\r\nupgrade: websocket\r\n/i.test(chunk.toString("latin1"))) {
        cut = true;
        cutThis = true;
      }
      if (cutThis && chunks > 1) {
        client.destroy();
        upstream.destroy();
        return;
      }
      // The kiosk checks Host and Origin: the page addresses the relay, so they name its port.
      upstream.write(chunk.toString("latin1").replaceAll(relayHost, target.host), "latin1");
    });
    upstream.on("data", (chunk: Buffer) => client.write(chunk));
    for (const [a, b] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      a.on("close", () => {
        open.delete(a);
        b.destroy();
      });
      a.on("error", () => undefined);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the relay has no port");
  relayHost = `127.0.0.1:${String(address.port)}`;
  return {
    url: `http://${relayHost}/`,
    cut: () => cut,
    close: async () => {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
