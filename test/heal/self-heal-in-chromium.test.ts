import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { KioskApi } from "../../core/api";
import { type CentralFixture, startCentralFixture } from "../netfault/central-fixture";
import { kioskContext, launchChromium } from "../support/browser";
import {
  answerNewborn,
  type FlowKiosk,
  openService,
  placeCard,
  submitAndWait,
  typeInsteadOfCapture,
} from "../support/flow-driver";
import { type SupervisedKiosk, startSupervised } from "../support/supervised";

/**
 * The supervised web-shell kiosk with its page in Chromium and a real central service behind a
 * gate the test opens and shuts. The kiosk process is killed with a resident's application queued
 * and their session open: the page comes back by itself on the attract screen, the session is
 * gone, and the application reaches central exactly once. A page whose main thread hangs is cut
 * off by core, and its session ended, without the kiosk restarting.
 */
let central: CentralFixture;
let gate: Server;
let gateOpen = true;
let kiosk: SupervisedKiosk;
let fk: FlowKiosk;
let loads = 0;

beforeAll(async () => {
  central = await startCentralFixture();
  gate = createServer((req, res) => {
    if (!gateOpen) {
      req.socket.destroy();
      return;
    }
    const upstream = request(
      new URL(req.url ?? "/", central.central.url),
      { method: req.method, headers: req.headers },
      (reply) => {
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      },
    );
    upstream.on("error", () => req.socket.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => gate.listen(0, "127.0.0.1", resolve));
  kiosk = await startSupervised({
    KIOSK_CENTRAL_URL: `http://127.0.0.1:${String((gate.address() as AddressInfo).port)}`,
    KIOSK_ENROLLMENT_CODE: await central.central.createEnrollmentCode(),
    KIOSK_PAGE_WATCHDOG_S: "3",
  });
  const browser = await launchChromium();
  const page = await (await kioskContext(browser)).newPage();
  page.on("load", () => (loads += 1));
  await page.goto(kiosk.url);
  await page.getByTestId("entry-service").waitFor({ timeout: 30_000 });
  fk = {
    kiosk,
    dataDir: kiosk.dataDir,
    browser,
    page,
    close: async () => {
      await browser.close();
      await kiosk.stop();
    },
  };
}, 90_000);

afterAll(async () => {
  await fk.close();
  gate.closeAllConnections();
  await new Promise<void>((resolve) => gate.close(() => resolve()));
  await central.close();
});

const status = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { kiosk: KioskApi }).kiosk.getStatus({}));

/** The kiosk's outbox as its store holds it: ids and states only (payloads are sealed). */
function outbox(): { id: string; state: string }[] {
  const db = new Database(join(kiosk.dataDir, "kiosk.db"), { readonly: true, fileMustExist: true });
  try {
    return db.prepare("SELECT id, state FROM outbox ORDER BY seq").all() as { id: string; state: string }[];
  } finally {
    db.close();
  }
}

/** How many rows central holds under a submission id. */
function atCentral(id: string): number {
  const db = new Database(central.dbPath, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM submissions WHERE id = ?").get(id) as { n: number }).n;
  } finally {
    db.close();
  }
}

describe("self-healing in the web shell", () => {
  it("a killed kiosk comes back, its open session gone, and a queued application is delivered once", async () => {
    const { page } = fk;
    await vi.waitFor(async () => expect((await status(page)).online).toBe(true), {
      timeout: 60_000,
      interval: 200,
    });
    gateOpen = false;

    // A resident applies while central cannot be reached: the application is queued.
    await openService(page, "newborn-med-insurance");
    await page.getByTestId("flow-start").tap();
    await page.getByTestId("page-identity").waitFor();
    await placeCard(fk);
    await answerNewborn(page, {
      name: [
        ["chen", "陈"],
        ["si", "思"],
        ["yu", "语"],
      ],
      sex: "female",
      daysOld: 45,
      certificateNo: "Q350100002",
      relationship: "mother",
      phone: "13800138001",
    });
    await submitAndWait(page);
    await expect(page.getByTestId("result-status").textContent()).resolves.toContain(
      "已受理，联网后将自动提交",
    );
    const [queued] = outbox();
    expect(queued?.state).toBe("queued");
    const id = queued?.id ?? "";
    expect(atCentral(id)).toBe(0);

    // The kiosk dies with the resident's session open on the result page.
    const before = await kiosk.kioskPid();
    const loadsBefore = loads;
    process.kill(before, "SIGKILL");
    gateOpen = true;
    await kiosk.kioskPid(before);

    // The page reloaded by itself once the kiosk answered, onto the attract screen: no session.
    await page.getByTestId("entry-service").waitFor({ timeout: 60_000 });
    expect(loads).toBeGreaterThan(loadsBefore);
    await expect(page.getByTestId("result-status").count()).resolves.toBe(0);
    expect((await status(page)).kioskId).toBeTruthy();

    // The application queued before the crash reaches central, once.
    await vi.waitFor(() => expect(outbox().find((row) => row.id === id)?.state).toBe("sent"), {
      timeout: 60_000,
      interval: 250,
    });
    expect(atCentral(id)).toBe(1);
    expect(outbox()).toHaveLength(1);
  }, 240_000);

  it("a page whose main thread hangs is cut off and its session ended; it reloads once it runs again", async () => {
    // A fresh tab of the same browser (the door's cookie is in its profile): the test driver's
    // maintenance token belonged to the kiosk that was killed above.
    const context = fk.page.context();
    await fk.page.close();
    const page = await context.newPage();
    page.on("load", () => (loads += 1));
    fk = { ...fk, page };
    await page.goto(kiosk.url);
    await page.getByTestId("entry-service").waitFor({ timeout: 30_000 });
    const pid = await kiosk.kioskPid();
    await openService(page, "newborn-med-insurance");
    await page.getByTestId("flow-start").tap();
    await page.getByTestId("page-identity").waitFor();
    await placeCard(fk);
    await typeInsteadOfCapture(page);
    const loadsBefore = loads;
    // Eight seconds of a stuck main thread (the worker holding the socket runs on): core's
    // watchdog (3 s here) hears no answer to its pings.
    await page.evaluate(() => {
      setTimeout(() => {
        const end = Date.now() + 8000;
        while (Date.now() < end) {
          // stuck
        }
      }, 0);
    });
    await vi.waitFor(() => expect(kiosk.output()).toMatch(/the page stopped answering its pings/), {
      timeout: 30_000,
      interval: 200,
    });
    await page.getByTestId("entry-service").waitFor({ timeout: 60_000 });
    expect(loads).toBeGreaterThan(loadsBefore);
    // Core ended the session itself: the same kiosk process, nothing restarted.
    expect(await kiosk.kioskPid()).toBe(pid);
    expect(kiosk.output()).not.toMatch(new RegExp(`pid ${String(pid)}\\) (ended|is stuck)`));
  }, 120_000);
});
