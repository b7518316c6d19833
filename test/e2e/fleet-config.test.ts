import { execFile } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KioskApi } from "../../core/api";
import { projectRoot } from "../../scripts/project";
import { type FlowKiosk, maintenance, startFlowKiosk } from "../support/flow-driver";

/**
 * What residents see of the fleet's config, end to end in Chromium: a layer published on the
 * (embedded) central reaches the kiosk signed, applies between sessions, and the page shows the
 * notice, drops the hidden service and, outside opening hours, the out-of-service screen.
 */
const shot = (name: string): string => join(projectRoot, "artifacts", `fleet-config-${name}.png`);
const HIDDEN = "hotline-12345";
let fk: FlowKiosk;

type Api = { kiosk: KioskApi };

/** Publishes the global layer with the fleet script, as a manager's script would. */
async function publish(config: Record<string, unknown>): Promise<number> {
  const db = join(fk.dataDir, "central.db");
  for (let i = 0; i < 100 && !existsSync(db); i++) await new Promise((r) => setTimeout(r, 200));
  const file = join(fk.dataDir, `layer-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify(config));
  const { stdout } = await promisify(execFile)(
    join(projectRoot, "node_modules/.bin/tsx"),
    [join(projectRoot, "scripts/fleet.ts"), "publish-config", "--file", file],
    { env: { ...process.env, CENTRAL_DB: db }, cwd: projectRoot },
  );
  return Number(stdout.trim());
}

/** Asks the kiosk to sync until it runs `version` (bounded: 60 tries). */
async function syncUntil(version: number): Promise<void> {
  for (let i = 0; i < 60; i++) {
    // The embedded central may still be starting: a failed sync is tried again.
    await maintenance(fk, { kind: "sync-now" }).catch(() => undefined);
    const applied = await fk.page.evaluate(async () => {
      const status = await (globalThis as unknown as Api).kiosk.getStatus({});
      return status.versions.config;
    });
    if (applied >= version) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the kiosk never applied config version ${version}`);
}

async function reload(): Promise<void> {
  await fk.page.reload();
  await fk.page.locator("[data-testid=entry-service], [data-testid=closed-screen]").first().waitFor();
}

beforeAll(async () => {
  fk = await startFlowKiosk();
}, 120_000);
afterAll(async () => {
  await fk.close();
});

describe("fleet config as residents see it", () => {
  it("shows the notice in the resident's language and no longer offers a hidden service", async () => {
    const { page } = fk;
    const before = await page.evaluate(() => (globalThis as unknown as Api).kiosk.getCatalogSummary({}));
    await expect(page.getByTestId("notice-banner").count()).resolves.toBe(0);
    const now = Date.now();
    const version = await publish({
      services: { hide: [HIDDEN] },
      notice: {
        "zh-CN": "元旦期间大厅窗口暂停办理，自助终端照常服务",
        en: "Counters close over New Year; kiosks keep serving",
        from: new Date(now - 3_600_000).toISOString(),
        to: new Date(now + 86_400_000).toISOString(),
      },
    });
    await syncUntil(version);
    await reload();
    await expect(page.getByTestId("notice-banner").textContent()).resolves.toContain(
      "元旦期间大厅窗口暂停办理",
    );
    await page.screenshot({ path: shot("notice") });
    const services = await page.evaluate(async (hidden) => {
      const api = (globalThis as unknown as Api).kiosk;
      const summary = await api.getCatalogSummary({});
      const lists = await Promise.all(summary.categories.map((c) => api.listServices({ categoryId: c.id })));
      return {
        ids: lists.flatMap((l) => l.services.map((s) => s.id)),
        popular: summary.mostUsed.map((s) => s.id),
        hidden,
      };
    }, HIDDEN);
    expect(services.ids.length).toBeGreaterThan(0);
    expect(services.ids).not.toContain(HIDDEN);
    expect(services.popular).not.toContain(HIDDEN);
    expect(before.categories.length).toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId(`popular-${HIDDEN}`).count()).resolves.toBe(0);
    // The English text travels too, for a resident who switches language.
    const settings = await page.evaluate(() => (globalThis as unknown as Api).kiosk.getUiSettings({}));
    expect(settings.notice?.en).toBe("Counters close over New Year; kiosks keep serving");
  }, 120_000);

  it("outside opening hours shows the out-of-service screen instead of the ways in", async () => {
    const { page } = fk;
    const closedAllWeek = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
    const version = await publish({
      openingHours: {
        week: closedAllWeek,
        message: {
          "zh-CN": "本机今日暂停服务，请前往市民服务中心",
          en: "Out of service today; please visit the citizen centre",
        },
      },
    });
    await syncUntil(version);
    await reload();
    await page.getByTestId("closed-screen").waitFor();
    await expect(page.getByTestId("closed-screen").textContent()).resolves.toContain("本机今日暂停服务");
    await expect(page.getByTestId("entry-service").count()).resolves.toBe(0);
    await page.screenshot({ path: shot("closed") });
    // Open around the clock again: the ways in come back.
    const open = [{ open: "00:00", close: "23:59" }];
    const reopened = await publish({
      openingHours: { week: { mon: open, tue: open, wed: open, thu: open, fri: open, sat: open, sun: open } },
    });
    await syncUntil(reopened);
    await reload();
    await page.getByTestId("entry-service").waitFor();
    await expect(page.getByTestId("closed-screen").count()).resolves.toBe(0);
  }, 120_000);
});
