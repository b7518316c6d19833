import { AxeBuilder } from "@axe-core/playwright";
import { execFile } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project";
import { type FlowKiosk, openService, startFlowKiosk } from "../support/flow-driver";
import { smallTargets } from "../support/targets";

/**
 * Voice guidance in real Chromium. An init script replaces the Web Speech API with a recorder
 * (headless Chromium has no voices, and a test must hear what is said): every speak and cancel is
 * logged with the heading on screen at that moment. The recorder's utterances never end by
 * themselves, like a long sentence: a page that waited on speech would never move on.
 */
let fk: FlowKiosk;

interface FakeVoice {
  name: string;
  lang: string;
}
interface Entry {
  kind: "speak" | "cancel";
  text?: string;
  lang?: string;
  voice?: string | null;
  volume?: number;
  heading: string;
}

const MANDARIN: FakeVoice = { name: "Tingting", lang: "zh-CN" };
const ENGLISH: FakeVoice = { name: "Daniel", lang: "en-GB" };

/**
 * The recorder, as page source (test/support is type-checked without the DOM's speech types). It
 * offers the voices named in the fake-voices cookie, so each test picks its platform.
 */
const RECORDER = `(() => {
    const cookie = document.cookie.split("; ").find((c) => c.startsWith("fake-voices="));
    const named = cookie ? JSON.parse(decodeURIComponent(cookie.slice("fake-voices=".length))) : [];
    const voices = named.map((v, i) => ({ ...v, voiceURI: v.name, localService: true, default: i === 0 }));
    const log = [];
    const heading = () => (document.querySelector("h1")?.textContent ?? "").trim();
    let current = null;
    class FakeUtterance extends EventTarget {
      constructor(text) {
        super();
        Object.assign(this, { text, lang: "", voice: null, volume: 1, rate: 1, pitch: 1, onstart: null, onend: null, onerror: null });
      }
    }
    const synth = new EventTarget();
    Object.assign(synth, {
      speaking: false, pending: false, paused: false,
      getVoices: () => voices,
      speak(u) {
        log.push({ kind: "speak", text: u.text, lang: u.lang, voice: u.voice ? u.voice.name : null, volume: u.volume, heading: heading() });
        current = u;
        setTimeout(() => { if (current === u && u.onstart) u.onstart(new Event("start")); }, 0);
      },
      cancel() {
        log.push({ kind: "cancel", heading: heading() });
        const u = current;
        current = null;
        if (u && u.onerror) u.onerror(Object.assign(new Event("error"), { error: "canceled" }));
      },
      pause() {}, resume() {},
    });
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    Object.defineProperty(window, "SpeechSynthesisUtterance", { value: FakeUtterance, configurable: true });
    Object.defineProperty(window, "__speech", { value: log });
  })();`;

/**
 * The kiosk's page reloaded as a fresh resident's, on a platform offering `voices`. (The web shell
 * admits one page connection at a time, so every test uses the one page.)
 */
async function openKiosk(voices: readonly FakeVoice[]): Promise<Page> {
  const { page } = fk;
  await page
    .context()
    .addCookies([
      { name: "fake-voices", value: encodeURIComponent(JSON.stringify(voices)), url: fk.kiosk.url },
    ]);
  await page.reload();
  await page.getByTestId("entry-service").waitFor();
  return page;
}

const speech = (page: Page): Promise<Entry[]> => page.evaluate("window.__speech.slice()");
const spoken = async (page: Page): Promise<Entry[]> => (await speech(page)).filter((e) => e.kind === "speak");
const clearLog = (page: Page): Promise<unknown> => page.evaluate("window.__speech.length = 0");

/**
 * Waits until `expression` holds in the page. Polled through page.evaluate, which the page's CSP
 * does not govern: waitForFunction compiles a string predicate inside the page, which the kiosk's
 * CSP (no 'unsafe-eval') refused once in a full run.
 */
async function until(page: Page, expression: string): Promise<void> {
  await expect.poll(() => page.evaluate(expression), { timeout: 30_000 }).toBe(true);
}

/** Waits until the log holds `count` speak entries (speech is never awaited by the page itself). */
async function untilSpoken(page: Page, count: number): Promise<Entry[]> {
  await until(page, `window.__speech.filter((e) => e.kind === "speak").length >= ${String(count)}`);
  return spoken(page);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

/** Publishes a global config layer with the fleet script, as a manager would. */
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

/** Syncs until the kiosk runs config `version` (bounded). */
async function syncUntil(version: number): Promise<void> {
  // From the attract screen, with no resident's session open, as a technician would.
  await openKiosk([]);
  const pin = readFileSync(join(fk.dataDir, "maintenance-pin"), "utf8").trim();
  let last: unknown = null;
  for (let i = 0; i < 60; i++) {
    // Unlocked afresh each time: the page was reloaded since, and the menu's token went with it.
    last = await fk.page
      .evaluate(
        `globalThis.kiosk.unlockMaintenance({ pin: ${JSON.stringify(pin)} }).then((u) => u.ok ? globalThis.kiosk.runMaintenanceAction({ token: u.token, action: { kind: "sync-now" } }) : u)`,
      )
      .catch((e: unknown) => String(e));
    const applied = await fk.page.evaluate("globalThis.kiosk.getStatus({}).then((s) => s.versions.config)");
    if (typeof applied === "number" && applied >= version) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the kiosk never applied config version ${version}: ${JSON.stringify(last)}`);
}

beforeAll(async () => {
  fk = await startFlowKiosk();
  await fk.page.context().addInitScript({ content: RECORDER });
}, 120_000);
afterAll(async () => {
  await fk.close();
});

describe("voice guidance", { timeout: 90_000 }, () => {
  it("reads a page on request in the page's language and voice, and stops when the page changes", async () => {
    const page = await openKiosk([MANDARIN, ENGLISH]);
    // Normal mode: nothing is said until asked.
    await expect(page.getByTestId("speak").getAttribute("data-state")).resolves.toBe("ready");
    await expect(page.getByTestId("speak").textContent()).resolves.toContain("朗读本页");
    expect(await spoken(page)).toEqual([]);

    await page.getByTestId("speak").tap();
    const [attract] = await untilSpoken(page, 1);
    expect(attract).toMatchObject({ lang: "zh-CN", voice: "Tingting", volume: 1 });
    expect(attract?.text).toContain("请将身份证放在读卡区");
    await page.waitForSelector('[data-testid=speak][data-state="speaking"]');
    await expect(page.getByTestId("speak").textContent()).resolves.toContain("停止朗读");

    // A new page cuts the sentence off, and in normal mode says nothing by itself.
    await clearLog(page);
    await page.getByTestId("entry-service").tap();
    await page.locator("#catalog-title").waitFor();
    await until(page, `window.__speech.some((e) => e.kind === "cancel")`);
    expect(await spoken(page)).toEqual([]);
    await expect(page.getByTestId("speak").getAttribute("data-state")).resolves.toBe("ready");

    await page.getByTestId("speak").tap();
    const [catalog] = await untilSpoken(page, 1);
    expect(catalog).toMatchObject({ text: "选择服务。 请点选一项。", heading: "选择服务" });
    // Tapping again stops it.
    await page.getByTestId("speak").tap();
    await expect(page.getByTestId("speak").getAttribute("data-state")).resolves.toBe("ready");
    expect((await speech(page)).at(-1)?.kind).toBe("cancel");

    // A service page: its question, then the primary action by the label the page shows.
    await clearLog(page);
    await page.getByTestId("nav-back").tap();
    await openService(page, "hotline-12345");
    await page.getByTestId("speak").tap();
    const [needs] = await untilSpoken(page, 1);
    const startLabel = (await page.locator(".flow-actions .button--primary").textContent())?.trim() ?? "";
    expect(startLabel).not.toBe("");
    expect(needs?.text).toContain("办理前请准备");
    expect(needs?.text).toContain(`完成后请点“${startLabel}”。`);

    // In English the same page is read in English, in an English voice.
    await clearLog(page);
    await page.locator('.segmented button[lang="en"]').tap();
    await until(page, `document.documentElement.lang === "en"`);
    await page.getByTestId("speak").tap();
    const [english] = await untilSpoken(page, 1);
    expect(english).toMatchObject({ lang: "en-GB", voice: "Daniel" });
    expect(english?.text).toContain("Before you start");
    expect(english?.text).toMatch(/Then press “.+”\.$/);
    expect(await seriousViolations(page), "axe in English").toEqual([]);
  });

  it("reads every page by itself in 长辈版, never waits for the end, and stops when the session ends", async () => {
    const page = await openKiosk([MANDARIN]);
    await page.getByTestId("entry-service").tap();
    await page.locator("#catalog-title").waitFor();
    expect(await spoken(page)).toEqual([]);

    await page.getByTestId("elder-toggle").tap();
    const [catalog] = await untilSpoken(page, 1);
    expect(catalog?.heading).toBe("选择服务");
    expect(await smallTargets(page, 64), "64 px targets in 长辈版").toEqual([]);

    // Each new page is read as it appears, after stopping the last (which never finished).
    await page.getByTestId("nav-back").tap();
    await page.getByTestId("entry-service").waitFor();
    await clearLog(page);
    await openService(page, "hotline-12345");
    await until(page, `window.__speech.some((e) => e.kind === "speak" && e.heading === "办理前请准备")`);
    const log = await speech(page);
    const needsAt = log.findIndex((e) => e.kind === "speak" && e.heading === "办理前请准备");
    expect(log.slice(0, needsAt).some((e) => e.kind === "cancel")).toBe(true);
    expect(log[needsAt]?.text).toContain("完成后请点");

    await clearLog(page);
    await page.locator(".flow-actions .button--primary").tap();
    await until(
      page,
      `window.__speech.some((e) => e.kind === "speak" && e.heading !== "办理前请准备" && e.heading !== "")`,
    );
    const afterTap = await speech(page);
    const questionAt = afterTap.findIndex((e) => e.kind === "speak");
    expect(afterTap[0]?.kind).toBe("cancel");
    const heading = (await page.locator("h1").first().textContent())?.trim() ?? "";
    expect(afterTap[questionAt]?.heading).toBe(heading);
    expect(afterTap[questionAt]?.text?.startsWith(heading), JSON.stringify(afterTap)).toBe(true);
    expect(await seriousViolations(page), "axe in 长辈版 while speaking").toEqual([]);

    // Ending the session cuts the voice off; the attract screen does not speak by itself.
    await clearLog(page);
    await page.getByTestId("flow-cancel").tap();
    await page.getByTestId("entry-service").waitFor();
    await until(page, `window.__speech.some((e) => e.kind === "cancel")`);
    expect(await spoken(page)).toEqual([]);
  });

  it("says so on the button when no voice matches the page's language, and the page still works", async () => {
    const page = await openKiosk([]);
    const button = page.getByTestId("speak");
    await expect(button.getAttribute("data-state")).resolves.toBe("no-voice");
    await expect(button.textContent()).resolves.toContain("本机没有中文语音");
    await expect(button.isDisabled()).resolves.toBe(true);
    await page.getByTestId("entry-service").tap();
    await page.getByTestId("elder-toggle").tap();
    await page.locator("#catalog-title").waitFor();
    expect(await spoken(page)).toEqual([]);
    expect(await seriousViolations(page), "axe with no voice").toEqual([]);

    // A Mandarin voice only: English pages say they have none.
    const mandarinOnly = await openKiosk([MANDARIN]);
    await mandarinOnly.getByTestId("entry-service").tap();
    await mandarinOnly.locator('.segmented button[lang="en"]').tap();
    await expect(mandarinOnly.getByTestId("speak").textContent()).resolves.toContain("No English voice");
    await expect(mandarinOnly.getByTestId("speak").isDisabled()).resolves.toBe(true);
  });

  it("speaks at the configured volume, and a quiet site speaks not at all", async () => {
    await syncUntil(await publish({ voice: { volume: 0.4 } }));
    const page = await openKiosk([MANDARIN]);
    await page.getByTestId("speak").tap();
    const [said] = await untilSpoken(page, 1);
    expect(said?.volume).toBeCloseTo(0.4);

    await syncUntil(await publish({ voice: { volume: 0.4, quiet: true } }));
    const quiet = await openKiosk([MANDARIN]);
    const button = quiet.getByTestId("speak");
    await expect(button.getAttribute("data-state")).resolves.toBe("quiet");
    await expect(button.textContent()).resolves.toContain("此处不播放语音");
    await expect(button.isDisabled()).resolves.toBe(true);
    await quiet.getByTestId("elder-toggle").tap();
    await openService(quiet, "hotline-12345");
    expect(await spoken(quiet)).toEqual([]);
    expect(await seriousViolations(quiet), "axe on a quiet site").toEqual([]);
  });

  it("refuses a voice section out of range in the fleet's config", async () => {
    await expect(publish({ voice: { volume: 1.5 } })).rejects.toThrow(/voice/);
    await expect(publish({ voice: { quiet: "yes" } })).rejects.toThrow(/voice/);
  });
});
