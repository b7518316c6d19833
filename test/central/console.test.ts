import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openCentralDb } from "../../central/db/connect";
import { upsertBucket } from "../../central/db/queries/fleet-buckets";
import { BUCKET_MS, bucketOf } from "../../central/fleet/device-state";
import { type CentralServer, startCentralServer } from "../../central/server";
import { openKioskStore } from "../../core/store/kiosk-store";
import { SyncEngine } from "../../core/sync/engine";
import { launchChromium } from "../support/browser";
import { tempDir } from "../support/runtime";
import { call, heartbeatBody, MANAGER_TOKEN } from "./harness";

// Drives the built console (dist/console: `npm run build` first) against a real central service.
const PASSWORD = "correct horse battery staple";
const shots = join(import.meta.dirname, "..", "..", "artifacts");
const shot = (name: string) => join(shots, `console-${name}.png`);

let dir = "";
let server: CentralServer;
let browser: Browser;
const kiosks: { id: string; token: string }[] = [];

async function enrollKiosk(site: string, name: string, paper: "ok" | "near-end" | "out") {
  const code = await server.createEnrollmentCode(site);
  const enrolled = (await call(server.url, "POST", "/v1/enroll", { body: { code, name } })).json as {
    kioskId: string;
    token: string;
  };
  const hb = heartbeatBody({
    devices: { reader: { state: "ok" }, printer: { state: "ok", paper, coverOpen: false } },
  });
  expect((await call(server.url, "POST", "/v1/heartbeat", { token: enrolled.token, body: hb })).status).toBe(
    200,
  );
  kiosks.push({ id: enrolled.kioskId, token: enrolled.token });
}

async function addManager(username: string, role: string) {
  const reply = await call(server.url, "POST", "/v1/fleet/managers", {
    token: MANAGER_TOKEN,
    body: { username, password: PASSWORD, role },
  });
  expect(reply.status).toBe(201);
}

/**
 * A past day of the fleet's 5-minute buckets, as the sampler would have left them, so the chart
 * has a day to draw: busier in office hours, one kiosk dropping out at night, paper running down.
 */
async function seedYesterday(file: string) {
  const store = await openCentralDb(file);
  const now = Date.parse(bucketOf(new Date().toISOString()));
  for (let i = 288; i >= 1; i -= 1) {
    const at = new Date(now - i * BUCKET_MS);
    const hour = (at.getUTCHours() + 8) % 24;
    const office = hour >= 9 && hour < 17;
    const submissions = office ? 6 + (i % 5) : hour >= 7 && hour < 21 ? 2 : 0;
    await upsertBucket(store.db, at.toISOString(), {
      kiosks: 2,
      online: hour < 6 ? 1 : 2,
      attention: i < 100 ? 1 : 0,
      paper_ok: i < 100 ? 1 : 2,
      paper_near_end: i < 100 ? 1 : 0,
      paper_out: 0,
      submissions,
      approved: Math.floor(submissions * 0.8),
      rejected: submissions - Math.floor(submissions * 0.8),
    });
  }
  await store.close();
}

beforeAll(async () => {
  const built = join(import.meta.dirname, "..", "..", "dist", "console", "index.html");
  if (!existsSync(built)) throw new Error("dist/console is missing: run npm run build first");
  mkdirSync(shots, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), "central-console-"));
  await seedYesterday(join(dir, "central.db"));
  server = await startCentralServer({ db: join(dir, "central.db"), port: 0, managerToken: MANAGER_TOKEN });
  browser = await launchChromium();
  await addManager("olga.operator", "operator");
  await addManager("victor.viewer", "viewer");
  await addManager("ada.admin", "admin");
  await enrollKiosk("gulou-1", "<b>鼓楼一号</b>", "near-end");
  await enrollKiosk("gulou-1", "鼓楼二号", "out");
  // The background pass opens alerts (paper out) and samples the fleet for the chart.
  await server.runFleetJobs();
  await server.sampleFleet();
});
afterAll(async () => {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

async function openConsole(problems: string[]): Promise<Page> {
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => {
    // A refused request is shown on the page; anything else logged as an error is a fault.
    if (m.type() === "error" && !/status of 4\d\d/.test(m.text())) problems.push(m.text());
  });
  await page.goto(`${server.url}/console`);
  return page;
}

async function logIn(page: Page, username: string) {
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByRole("navigation").waitFor();
}

describe("fleet console in Chromium", () => {
  it("serves the built app under /console/ with a strict CSP, and /console redirects there", async () => {
    const old = await fetch(`${server.url}/console`, { redirect: "manual" });
    expect(old.status).toBe(301);
    expect(old.headers.get("location")).toBe("/console/");
    const index = await call(server.url, "GET", "/console/");
    expect(index.status).toBe(200);
    const csp = index.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    // No inline script: the only script is a file of the build.
    expect(index.text).not.toMatch(/<script(?![^>]*\bsrc=)/);
    const asset = /src="\/console\/(assets\/[^"]+\.js)"/.exec(index.text)?.[1] ?? "";
    expect((await call(server.url, "GET", `/console/${asset}`)).status).toBe(200);
    // Only files of the build answer; nothing from the URL reaches the disk.
    for (const probe of [
      "/console/..%2fpackage.json",
      "/console/%2e%2e/central.db",
      "/console/assets/nope.js",
    ]) {
      expect((await call(server.url, "GET", probe)).status, probe).toBe(404);
    }
  });

  it("logs an operator in, shows the fleet and a kiosk, publishes a layer to a pilot group, pauses and resumes it and shows the alert", async () => {
    const problems: string[] = [];
    const page = await openConsole(problems);
    expect(page.url()).toBe(`${server.url}/console/`);
    // A wrong password is an error on the page, not a login.
    await page.getByLabel("用户名").fill("olga.operator");
    await page.getByLabel("密码", { exact: true }).fill("wrong");
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByRole("alert").waitFor();
    expect(await seriousViolations(page), "login").toEqual([]);
    await page.screenshot({ path: shot("login") });
    await logIn(page, "olga.operator");

    // Fleet: both kiosks, the name shown as text, the counts from the summary.
    await page.getByText("<b>鼓楼一号</b>").waitFor();
    await page.getByText("鼓楼二号").waitFor();
    expect(await page.locator(".counts").innerText()).toMatch(/2\s*在线/);
    expect(await seriousViolations(page), "fleet").toEqual([]);
    await page.screenshot({ path: shot("fleet"), fullPage: true });
    // Filters go to the server: nobody here is "never seen".
    await page.getByRole("combobox", { name: "状态" }).selectOption("never");
    await page.getByRole("button", { name: "筛选" }).click();
    await page.getByText("暂无记录").waitFor();
    await page.getByRole("combobox", { name: "状态" }).selectOption("");
    await page.getByLabel("网点").fill("gulou-1");
    await page.getByRole("button", { name: "筛选" }).click();
    await page.getByText("鼓楼二号").waitFor();

    // One kiosk: devices from its latest heartbeat, desired vs reported config.
    await page.getByRole("link", { name: "鼓楼二号" }).click();
    await page.locator("#devices", { hasText: "printer" }).waitFor();
    expect(await page.locator("#devices").innerText()).toContain("缺纸");
    await page.locator("#config-state").waitFor();
    expect(await seriousViolations(page), "kiosk").toEqual([]);
    await page.screenshot({ path: shot("kiosk"), fullPage: true });

    // Config layer: the kiosk's own schema refuses a bad draft, the diff shows a good one.
    await page.getByRole("link", { name: "配置层" }).click();
    const editor = page.locator("#layer-json");
    await editor.fill('{ "heartbeatSeconds": 1 }');
    await page.locator("#layer-check", { hasText: "校验未通过" }).waitFor();
    expect(await page.locator("#layer-check").innerText()).toContain("heartbeatSeconds");
    await editor.fill('{ "heartbeatSeconds": 45 }');
    await page.locator("#layer-check", { hasText: "校验通过" }).waitFor();
    expect(await page.locator("#layer-diff").innerText()).toContain("heartbeatSeconds");
    const pilot = kiosks[0]?.id ?? "";
    await page.locator("#pilots").fill(pilot);
    expect(await seriousViolations(page), "layers").toEqual([]);
    await page.screenshot({ path: shot("layers"), fullPage: true });
    await page.getByRole("button", { name: "发布到试点组" }).click();
    await page.locator("#layer-outcome", { hasText: "已发布" }).waitFor();

    // The service holds it: a running rollout whose pilot group is the one kiosk.
    const rollouts = (await call(server.url, "GET", "/v1/fleet/rollouts", { token: MANAGER_TOKEN })).json as {
      rollouts: { id: string; status: string; groups: { name: string; kiosks?: string[] }[] }[];
    };
    expect(rollouts.rollouts).toHaveLength(1);
    expect(rollouts.rollouts[0]?.groups[0]).toMatchObject({ name: "pilot", kiosks: [pilot] });

    // Rollouts: progress per group, pause then resume.
    await page.getByRole("link", { name: "分批发布" }).click();
    const status = page.locator(".rollout-status");
    await status.filter({ hasText: "running" }).waitFor();
    await page.locator("#rollouts th[scope=row]", { hasText: "pilot" }).waitFor();
    await page.getByRole("button", { name: "暂停" }).click();
    await status.filter({ hasText: "paused" }).waitFor();
    expect(await seriousViolations(page), "rollouts").toEqual([]);
    await page.screenshot({ path: shot("rollouts"), fullPage: true });
    await page.getByRole("button", { name: "继续" }).click();
    await status.filter({ hasText: "running" }).waitFor();

    // Alerts: the kiosk out of paper.
    await page.getByRole("link", { name: "告警" }).click();
    await page.locator("#alerts", { hasText: "paper-out" }).waitFor();
    expect(await seriousViolations(page), "alerts").toEqual([]);
    await page.screenshot({ path: shot("alerts"), fullPage: true });

    // Audit: the publish and both actions, by this manager.
    await page.getByRole("link", { name: "审计日志" }).click();
    await page.locator("#audit", { hasText: "manager:olga.operator" }).waitFor();
    const audit = await page.locator("#audit").innerText();
    expect(audit).toContain("rollout");
    expect(await seriousViolations(page), "audit").toEqual([]);
    await page.screenshot({ path: shot("audit"), fullPage: true });

    // Health over time: the four charts.
    await page.getByRole("link", { name: "运行趋势" }).click();
    for (const id of ["chart-online", "chart-paper", "chart-submissions", "chart-approval"]) {
      await page.locator(`#${id} canvas`).waitFor();
    }
    expect(await seriousViolations(page), "health").toEqual([]);
    await page.screenshot({ path: shot("health"), fullPage: true });

    // English throughout, still axe-clean.
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("link", { name: "Fleet" }).click();
    await page.getByRole("columnheader", { name: "Last seen" }).waitFor();
    expect(await seriousViolations(page), "fleet en").toEqual([]);
    await page.screenshot({ path: shot("fleet-en"), fullPage: true });

    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  // Runs after the operator's test above, whose rollout it finds.
  it("lets a viewer look but not publish or act on a rollout, in the page and at the service", async () => {
    const problems: string[] = [];
    const page = await openConsole(problems);
    await logIn(page, "victor.viewer");
    await page.getByText("鼓楼二号").waitFor();
    await page.getByRole("link", { name: "配置层" }).click();
    await page.locator("#layer-json").waitFor();
    expect(await page.getByRole("button", { name: "发布到试点组" }).count()).toBe(0);
    await page.getByRole("link", { name: "分批发布" }).click();
    await page.locator(".rollout-status").first().waitFor();
    expect(await page.getByRole("button", { name: "暂停" }).count()).toBe(0);

    // The page's restraint is courtesy; the service is what refuses.
    const login = (
      await call(server.url, "POST", "/v1/fleet/login", {
        body: { username: "victor.viewer", password: PASSWORD },
      })
    ).json as { token: string };
    const publish = await call(server.url, "POST", "/v1/fleet/rollouts", {
      token: login.token,
      body: {
        kind: "config",
        layer: "global",
        config: { heartbeatSeconds: 30 },
        groups: [{ name: "pilot", kiosks: [kiosks[0]?.id ?? ""] }],
      },
    });
    expect(publish.status).toBe(403);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  it("makes an enrollment code for a site, shown once with its expiry, that enrolls a kiosk there", async () => {
    const problems: string[] = [];
    const page = await openConsole(problems);
    await logIn(page, "olga.operator");
    await page.getByRole("link", { name: "注册码" }).click();
    await page.getByLabel("网点（可不填）").fill("cangshan-2");
    await page.getByRole("button", { name: "生成注册码" }).click();
    const code = (await page.locator("#enrollment-code").innerText()).trim();
    expect(code.length).toBeGreaterThan(0);
    expect(await page.locator("#enrollment-expiry").innerText()).toMatch(/\d{4}\/\d{1,2}\/\d{1,2}/);
    expect(await seriousViolations(page), "enrollment").toEqual([]);
    await page.screenshot({ path: shot("enrollment"), fullPage: true });
    // The code the page showed is the real thing: a kiosk enrolls with it, at that site, once.
    const enrolled = await call(server.url, "POST", "/v1/enroll", { body: { code, name: "仓山二号" } });
    expect(enrolled.status).toBe(201);
    const again = await call(server.url, "POST", "/v1/enroll", { body: { code, name: "仓山三号" } });
    expect(again.status).toBeGreaterThanOrEqual(400);
    const list = (await call(server.url, "GET", "/v1/fleet/kiosks", { token: MANAGER_TOKEN })).json as {
      kiosks: { name: string; site: string | null }[];
    };
    expect(list.kiosks.find((k) => k.name === "仓山二号")?.site).toBe("cangshan-2");
    // Reloading shows nothing: the service keeps only the code's hash.
    await page.reload();
    await page.getByRole("button", { name: "生成注册码" }).waitFor();
    expect(await page.locator("#enrollment-code").count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  it("lets an operator place a kiosk in a district and site but not revoke it; the audit log has the move", async () => {
    const problems: string[] = [];
    const page = await openConsole(problems);
    await logIn(page, "olga.operator");
    const id = kiosks[1]?.id ?? "";
    await page.goto(`${server.url}/console/#/kiosk/${id}`);
    await page.locator("#placement-form").waitFor();
    expect(await page.getByRole("button", { name: "吊销终端" }).count()).toBe(0);
    await page.getByLabel("区县").fill("gulou");
    await page.getByLabel("网点").fill("gulou-2");
    await page.getByRole("button", { name: "保存归属" }).click();
    await page.locator("#kiosk-action-outcome", { hasText: "归属已保存" }).waitFor();
    await page.locator("#kiosk-placement", { hasText: "gulou / gulou-2" }).waitFor();
    const view = (await call(server.url, "GET", `/v1/fleet/kiosks/${id}/config`, { token: MANAGER_TOKEN }))
      .json as { district: string | null; site: string | null };
    expect(view).toMatchObject({ district: "gulou", site: "gulou-2" });
    const audit = (
      await call(server.url, "GET", "/v1/fleet/audit?action=kiosk.placement", { token: MANAGER_TOKEN })
    ).json as { entries: { actor: string; detail: { before: unknown; after: unknown } }[] };
    expect(audit.entries[0]).toMatchObject({
      actor: "manager:olga.operator",
      detail: { before: { district: null, site: "gulou-1" }, after: { district: "gulou", site: "gulou-2" } },
    });
    // The service refuses the operator a revoke whatever the page shows.
    const login = (
      await call(server.url, "POST", "/v1/fleet/login", {
        body: { username: "olga.operator", password: PASSWORD },
      })
    ).json as { token: string };
    expect(
      (await call(server.url, "POST", `/v1/fleet/kiosks/${id}/revoke`, { token: login.token, body: {} }))
        .status,
    ).toBe(403);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  it("lets an operator ask a kiosk for a support packet, which the kiosk's sync sends and the page offers to download", async () => {
    // A real kiosk sync engine, enrolled on this central; the test beats for it instead of a timer.
    const store = await openKioskStore({ dataDir: tempDir("console-kiosk-") });
    let built = 0;
    const sync = new SyncEngine({
      store,
      appVersion: "1.0.0",
      supportPacket: () => () => {
        built += 1;
        return {
          createdAt: new Date().toISOString(),
          versions: { app: "1.0.0", config: 0, catalog: "none" },
          configDigest: "d".repeat(64),
          devices: { printer: { state: "ok", paper: "ok" } },
          diagnostics: [{ id: "printer", verdict: "ok", summary: "printer answers" }],
          logs: ["requested from the fleet console"],
        };
      },
      onError: () => undefined,
    });
    const { kioskId } = await sync.enroll({
      centralUrl: server.url,
      code: await server.createEnrollmentCode("gulou-1"),
      name: "鼓楼三号",
    });
    const problems: string[] = [];
    const page = await openConsole(problems);
    try {
      await logIn(page, "olga.operator");
      await page.goto(`${server.url}/console/#/kiosk/${kioskId}`);
      const section = page.locator("section", { has: page.getByRole("heading", { name: "远程请求" }) });
      await section.getByText("暂无记录").waitFor();
      await section.getByRole("button", { name: "请求支持包" }).click();
      await page.locator("#request-outcome", { hasText: "请求已发出" }).waitFor();
      const row = page.locator("#requests tr[data-request='support-packet']");
      await row.locator(".badge", { hasText: "等待终端执行" }).waitFor();
      expect(await row.innerText()).toContain("manager:olga.operator");
      // Asked again while it waits: the page says so, and there is still one request.
      await section.getByRole("button", { name: "请求支持包" }).click();
      await page.locator("#request-outcome", { hasText: "未重复发出" }).waitFor();
      expect(await page.locator("#requests tbody tr").count()).toBe(1);
      expect(await seriousViolations(page), "requests pending").toEqual([]);

      // The kiosk's next heartbeats: one packet, however many beats; the page sees it arrive.
      await sync.syncNow();
      await sync.syncNow();
      expect(built).toBe(1);
      await row.locator(".badge", { hasText: "已完成" }).waitFor();
      // The kiosk's packet list below reads again once the request is done.
      await page.locator("#packets tbody tr", { hasText: "KB" }).waitFor();
      expect(await page.locator("#request-outcome").innerText()).toBe("");
      expect(await seriousViolations(page), "requests done").toEqual([]);
      await page.screenshot({ path: shot("requests"), fullPage: true });
      // Keyboard: focus the download button and press Enter.
      const download = page.waitForEvent("download");
      await row.getByRole("button", { name: "下载" }).focus();
      await page.keyboard.press("Enter");
      const file = await download;
      expect(file.suggestedFilename()).toMatch(new RegExp(`^support-packet-${kioskId}-[0-9a-f]{8}\\.json$`));
      const saved = await file.path();
      const body = JSON.parse(readFileSync(saved, "utf8")) as { kioskId: string; packet: { logs: string[] } };
      expect(body.kioskId).toBe(kioskId);
      expect(body.packet.logs).toEqual(["requested from the fleet console"]);
      const downloads = (
        await call(server.url, "GET", "/v1/fleet/audit?action=support-packet.download", {
          token: MANAGER_TOKEN,
        })
      ).json as { entries: { actor: string }[] };
      expect(downloads.entries[0]?.actor).toBe("manager:olga.operator");

      // A token rotation too; in English, still axe-clean.
      await page.getByRole("button", { name: "English" }).click();
      await page.getByRole("button", { name: "Request a token rotation" }).click();
      await page
        .locator("#requests tr[data-request='token-rotation']", { hasText: "Waiting for the kiosk" })
        .waitFor();
      await sync.syncNow(); // rotates: the new token waits for its first use
      await sync.syncNow(); // first use: the old token retires and the request is done
      await page.locator("#requests tr[data-request='token-rotation'] .badge", { hasText: "Done" }).waitFor();
      expect(await seriousViolations(page), "requests en").toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
      await sync.stop();
      store.close();
    }

    // A viewer sees the requests and why the buttons are not for them; the service refuses them.
    const viewerPage = await openConsole(problems);
    await logIn(viewerPage, "victor.viewer");
    await viewerPage.goto(`${server.url}/console/#/kiosk/${kioskId}`);
    await viewerPage.locator("#requests tbody tr").first().waitFor();
    expect(await viewerPage.getByRole("button", { name: "请求支持包" }).isDisabled()).toBe(true);
    expect(await viewerPage.locator("#requests-why-not").innerText()).toContain("操作员或管理员");
    expect(await viewerPage.getByRole("button", { name: "下载" }).count()).toBe(0);
    expect(await seriousViolations(viewerPage), "requests viewer").toEqual([]);
    const token = (
      (
        await call(server.url, "POST", "/v1/fleet/login", {
          body: { username: "victor.viewer", password: PASSWORD },
        })
      ).json as { token: string }
    ).token;
    const refused = await call(server.url, "POST", `/v1/fleet/kiosks/${kioskId}/requests/support-packet`, {
      token,
    });
    expect(refused.status).toBe(403);
    expect(problems).toEqual([]);
    await viewerPage.context().close();
  }, 90_000);

  it("lets an admin manage accounts and revoke a kiosk, each after a confirming question", async () => {
    const problems: string[] = [];
    const page = await openConsole(problems);
    await logIn(page, "ada.admin");
    await page.getByRole("link", { name: "管理员账号" }).click();
    await page.locator("#managers tr[data-manager='olga.operator']").waitFor();
    // A new account, then a change of role.
    const form = page.locator("#new-manager");
    await form.getByLabel("用户名").fill("wang.wei");
    await form.getByLabel("密码（至少 12 位）").fill("another long passphrase");
    await form.getByLabel("角色").selectOption("viewer");
    await form.getByRole("button", { name: "创建" }).click();
    const row = page.locator("#managers tr[data-manager='wang.wei']");
    await row.waitFor();
    await row.getByRole("combobox").selectOption("operator");
    await row.getByRole("button", { name: "修改角色" }).click();
    await page.locator("#managers-outcome", { hasText: "已保存: wang.wei" }).waitFor();
    expect(await seriousViolations(page), "managers").toEqual([]);
    await page.screenshot({ path: shot("managers"), fullPage: true });
    const asWang = await call(server.url, "POST", "/v1/fleet/login", {
      body: { username: "wang.wei", password: "another long passphrase" },
    });
    expect(asWang.json).toMatchObject({ role: "operator" });

    // Disabling asks first; cancel leaves the account as it was.
    await row.getByRole("button", { name: "停用" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    expect(await seriousViolations(page), "confirm").toEqual([]);
    await dialog.getByRole("button", { name: "取消" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await row.innerText()).toContain("正常");
    await row.getByRole("button", { name: "停用" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "停用" }).click();
    await row.locator(".badge", { hasText: "已停用" }).waitFor();
    // Disabled at the service: the session ends and a new login is refused.
    const token = (asWang.json as { token: string }).token;
    expect((await call(server.url, "GET", "/v1/fleet/me", { token })).status).toBe(401);
    const relogin = await call(server.url, "POST", "/v1/fleet/login", {
      body: { username: "wang.wei", password: "another long passphrase" },
    });
    expect(relogin.status).toBe(401);

    // Revoking a kiosk: the question, then the kiosk's token no longer works.
    const kiosk = kiosks[0];
    if (kiosk === undefined) throw new Error("no kiosk");
    await page.goto(`${server.url}/console/#/kiosk/${kiosk.id}`);
    await page.getByRole("button", { name: "吊销终端" }).click();
    await page.getByRole("dialog").waitFor();
    await page.screenshot({ path: shot("revoke"), fullPage: false });
    await page.getByRole("dialog").getByRole("button", { name: "吊销终端" }).click();
    await page.locator("#kiosk-action-outcome", { hasText: "已吊销于" }).waitFor();
    const beat = await call(server.url, "POST", "/v1/heartbeat", {
      token: kiosk.token,
      body: heartbeatBody(),
    });
    expect(beat.status).toBe(401);
    // The fleet table no longer calls it online: its row says revoked.
    await page.goto(`${server.url}/console/#/fleet`);
    await page
      .locator("#kiosks tr", { has: page.locator(`a[href="#/kiosk/${kiosk.id}"]`) })
      .getByText("已吊销", { exact: true })
      .waitFor();
    const audit = (
      await call(server.url, "GET", "/v1/fleet/audit?action=kiosk.revoke", { token: MANAGER_TOKEN })
    ).json as { entries: { actor: string }[] };
    expect(audit.entries[0]?.actor).toBe("manager:ada.admin");
    expect(problems).toEqual([]);
    await page.context().close();
  }, 90_000);

  it("shows a viewer no enrollment, placement, revoke or accounts, and the service refuses each", async () => {
    const problems: string[] = [];
    const page = await openConsole(problems);
    await logIn(page, "victor.viewer");
    expect(await page.getByRole("link", { name: "注册码" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "管理员账号" }).count()).toBe(0);
    const id = kiosks[1]?.id ?? "";
    await page.goto(`${server.url}/console/#/kiosk/${id}`);
    await page.locator("#config-state").waitFor();
    expect(await page.locator("#placement-form").count()).toBe(0);
    expect(await page.getByRole("button", { name: "吊销终端" }).count()).toBe(0);
    // Typing the address of a page the role cannot use shows the fleet instead.
    await page.goto(`${server.url}/console/#/managers`);
    expect(await page.locator("#new-manager").count()).toBe(0);
    const token = (
      (
        await call(server.url, "POST", "/v1/fleet/login", {
          body: { username: "victor.viewer", password: PASSWORD },
        })
      ).json as { token: string }
    ).token;
    const refused = [
      await call(server.url, "POST", "/v1/fleet/enrollment-codes", { token, body: { site: "x" } }),
      await call(server.url, "PUT", `/v1/fleet/kiosks/${id}/placement`, { token, body: { site: "x" } }),
      await call(server.url, "POST", `/v1/fleet/kiosks/${id}/revoke`, { token, body: {} }),
      await call(server.url, "GET", "/v1/fleet/managers", { token }),
      await call(server.url, "POST", "/v1/fleet/managers", {
        token,
        body: { username: "mallory", password: "a long enough password", role: "admin" },
      }),
    ];
    expect(refused.map((r) => r.status)).toEqual([403, 403, 403, 403, 403]);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);
});
