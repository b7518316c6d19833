import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listEvents } from "../../core/store/events";
import { getOutboxRow } from "../../core/store/outbox";
import { openKioskStore } from "../../core/store/kiosk-store";
import { kioskContext, launchChromium } from "../support/browser";
import { tempDir } from "../support/runtime";
import { smallTargets } from "../support/targets";
import { type RunningKiosk, startKiosk } from "../support/webshell";

/** A parked submission in the technicians' menu, in Chromium (here, not in test/e2e, because it reads the store): listed, then discarded with two taps. */
let kiosk: RunningKiosk;
let browser: Browser;
let page: Page;
const dataDir = tempDir("kiosk-e2e-parked-");
let parkedId = "";

async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  // A store left by an earlier run: one submission the service kept failing, parked.
  const store = await openKioskStore({ dataDir });
  const item = store.outbox.enqueue("newborn-med-insurance", { answers: { note: "synthetic" } });
  store.outbox.park(item.id, {
    reason: "failed 50 times; last error: HTTP 500",
    at: new Date().toISOString(),
  });
  parkedId = item.id;
  store.close();
  kiosk = await startKiosk({
    KIOSK_DATA_DIR: dataDir,
    KIOSK_CENTRAL_URL: `http://127.0.0.1:${await deadPort()}`,
  });
  browser = await launchChromium();
  page = await (await kioskContext(browser)).newPage();
  await page.goto(kiosk.url);
  await page.getByTestId("entry-service").waitFor();
});

afterAll(async () => {
  await browser.close();
  await kiosk.stop();
});

describe("parked submissions in the maintenance menu", () => {
  it("are listed with their reason and discarded only on a second, confirming tap", async () => {
    for (let i = 0; i < 5; i++) await page.touchscreen.tap(30, 30);
    await page.getByText("请输入维护密码").waitFor();
    const pin = readFileSync(join(dataDir, "maintenance-pin"), "utf8").trim();
    for (const digit of pin) await page.getByRole("button", { name: digit, exact: true }).tap();
    await page.getByRole("heading", { name: "需人工处理的申请（已暂停发送）" }).waitFor();
    const list = page.getByTestId("parked-items");
    await list.getByText(/HTTP 500/).waitFor();
    expect(await smallTargets(page, 44)).toEqual([]);

    await list.getByRole("button", { name: "放弃" }).tap();
    await list.getByRole("button", { name: "确认放弃并清除数据" }).tap();
    await page
      .getByTestId("maintenance-result")
      .getByText(/已放弃这条申请/)
      .waitFor();
    await page.getByTestId("parked-items").waitFor({ state: "detached" });
  });

  it("left the submission rejected with its data erased, and the discard audited", async () => {
    await kiosk.stop();
    const store = await openKioskStore({ dataDir });
    try {
      const row = getOutboxRow(store.db, parkedId);
      expect(row?.state).toBe("rejected");
      expect(row?.payload).toBeNull();
      const audit = listEvents(store.db, { kind: "audit", limit: 10 }).map(
        (e) => `${e.code} ${e.detail ?? ""}`,
      );
      expect(
        audit.some(
          (line) => line.startsWith("action ") && line.includes("outbox-discard") && line.includes(parkedId),
        ),
      ).toBe(true);
    } finally {
      store.close();
    }
  });
});
