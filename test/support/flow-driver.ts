import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import type { KioskApi, MaintenanceAction, MaintenanceReport } from "../../core/api";
import { CHROMIUM_PATH, kioskContext } from "./browser";
import { type RunningKiosk, startKiosk } from "./webshell";

/**
 * Helpers that walk a resident's flow in Chromium the way a resident does: taps on tiles, pads,
 * the on-screen keyboard and 继续. Devices are the kiosk's built-in simulators, driven through the
 * maintenance menu's virtual-devices actions (the same door a technician uses).
 */
export interface FlowKiosk {
  kiosk: RunningKiosk;
  dataDir: string;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/**
 * Starts the kiosk (web shell) and a touch Chromium with a fake camera, on the attract screen.
 * `chromiumArgs` adds flags, e.g. `--use-file-for-fake-video-capture=<file.y4m>` to show the
 * camera a rendered document instead of Chromium's test pattern.
 */
export async function startFlowKiosk(
  env: Record<string, string> = {},
  options: { chromiumArgs?: readonly string[] } = {},
): Promise<FlowKiosk> {
  const dataDir = mkdtempSync(join(tmpdir(), "kiosk-flow-"));
  const kiosk = await startKiosk({ KIOSK_DATA_DIR: dataDir, ...env });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-features=Translate",
      // A synthetic camera, so photo steps run for real through getUserMedia.
      "--use-fake-device-for-media-stream",
      "--use-fake-ui-for-media-stream",
      ...(options.chromiumArgs ?? []),
    ],
  });
  const context = await kioskContext(browser);
  await context.grantPermissions(["camera"]);
  const page = await context.newPage();
  await page.goto(kiosk.url);
  await page.getByTestId("entry-service").waitFor();
  return {
    kiosk,
    dataDir,
    browser,
    page,
    close: async () => {
      await browser.close();
      await kiosk.stop();
    },
  };
}

const tokens = new WeakMap<Page, string>();

/** Runs a maintenance action (virtual devices) with the technician PIN from the data folder. */
export async function maintenance(fk: FlowKiosk, action: MaintenanceAction): Promise<void> {
  let token = tokens.get(fk.page);
  if (token === undefined) {
    const pin = readFileSync(join(fk.dataDir, "maintenance-pin"), "utf8").trim();
    const unlocked = await fk.page.evaluate(
      (p) => (globalThis as unknown as { kiosk: KioskApi }).kiosk.unlockMaintenance({ pin: p }),
      pin,
    );
    if (!unlocked.ok) throw new Error("maintenance PIN refused");
    token = unlocked.token;
    tokens.set(fk.page, token);
  }
  const result = await fk.page.evaluate(
    ({ t, a }) =>
      (globalThis as unknown as { kiosk: KioskApi }).kiosk.runMaintenanceAction({ token: t, action: a }),
    { t: token, a: action },
  );
  if (!result.ok) throw new Error(`maintenance action ${action.kind} failed: ${JSON.stringify(result)}`);
}

/** The maintenance report, after a sync-now (which also reconciles open payments). */
export async function maintenanceReport(fk: FlowKiosk): Promise<MaintenanceReport> {
  await maintenance(fk, { kind: "sync-now" }).catch(() => undefined);
  const token = tokens.get(fk.page);
  if (token === undefined) throw new Error("no maintenance token");
  return fk.page.evaluate(
    (t) => (globalThis as unknown as { kiosk: KioskApi }).kiosk.getMaintenanceReport({ token: t }),
    token,
  );
}

/** The virtual printer's recent tickets as text, newest first. */
export async function printedTickets(fk: FlowKiosk): Promise<MaintenanceReport["recentTickets"]> {
  await maintenance(fk, { kind: "sync-now" }).catch(() => undefined);
  const token = tokens.get(fk.page);
  if (token === undefined) throw new Error("no maintenance token");
  const report = await fk.page.evaluate(
    (t) => (globalThis as unknown as { kiosk: KioskApi }).kiosk.getMaintenanceReport({ token: t }),
    token,
  );
  return report.recentTickets;
}

/** From the attract screen through 选择服务 → category → the service's row. */
export async function openService(page: Page, serviceId: string): Promise<void> {
  const category = await page.evaluate(
    (id) =>
      (globalThis as unknown as { kiosk: KioskApi }).kiosk
        .getService({ serviceId: id })
        .then((s) => s.category),
    serviceId,
  );
  await page.getByTestId("entry-service").tap();
  await page.getByTestId(`category-${category}`).tap();
  await page.getByTestId(`service-${serviceId}`).tap();
  await page.getByTestId("page-needs").waitFor();
}

/** Waits for the question page of `field`. */
export const onQuestion = (page: Page, field: string): Promise<void> =>
  page.getByTestId(`question-${field}`).waitFor();

export async function next(page: Page): Promise<void> {
  await page.getByTestId("flow-continue").tap();
}

/** Taps an option tile (radio, select, district). */
export async function choose(page: Page, value: string): Promise<void> {
  await page.getByTestId(`option-${value}`).tap();
}

/** Types on the numeric pad, one key per character. */
export async function padType(page: Page, digits: string): Promise<void> {
  for (const key of digits) await page.getByTestId(`key-${key}`).tap();
}

/** Types capitals and digits on the alphanumeric keyboard. */
export async function keyType(page: Page, text: string): Promise<void> {
  for (const key of text) await page.locator(`.osk [data-skbtn="${key}"]`).first().tap();
}

/** Spells each syllable on the pinyin keyboard and picks its character from the candidate box. */
export async function pinyinType(page: Page, syllables: readonly [string, string][]): Promise<void> {
  for (const [pinyin, char] of syllables) {
    for (const letter of pinyin) await page.locator(`.osk [data-skbtn="${letter}"]`).first().tap();
    const candidate = page.locator(".hg-candidate-box-list-item", { hasText: char }).first();
    // Less common characters sit on later pages of the candidate box: page on like a resident.
    for (let pageNo = 0; pageNo < 12 && (await candidate.count()) === 0; pageNo++) {
      await page.locator(".hg-candidate-box-next").tap();
    }
    await candidate.tap();
  }
}

/** The YYYY-MM-DD date `daysAgo` days before today in China (the kiosk's and central's zone). */
export function chinaDate(daysAgo: number, now = new Date()): { year: number; month: number; day: number } {
  const china = new Date(now.getTime() + 8 * 3_600_000);
  const d = new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth(), china.getUTCDate() - daysAgo));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Picks a date on the date picker (year tile or stepper, month tile, day tile). */
export async function pickDate(
  page: Page,
  date: { year: number; month: number; day: number },
): Promise<void> {
  const yearTile = page.getByTestId(`year-${date.year}`);
  if ((await yearTile.count()) > 0) await yearTile.tap();
  else {
    for (;;) {
      const shown = Number((await page.getByTestId("year-value").textContent())?.replace(/\D/g, ""));
      if (shown === date.year) break;
      await page.getByTestId(shown > date.year ? "year-step-1" : "year-step+1").tap();
    }
  }
  await page.getByTestId(`month-${date.month}`).tap();
  await page.getByTestId(`day-${date.day}`).tap();
}

/** Places the simulated ID card of an adult resident on the reader. */
export async function placeCard(fk: FlowKiosk): Promise<void> {
  await maintenance(fk, { kind: "sim-place-card", cardType: "resident", adult: true });
}

/** Takes the card off the reader ("请取走身份证") and waits until the kiosk noticed. */
export async function removeCard(fk: FlowKiosk): Promise<void> {
  const noticed = fk.page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const kiosk = (globalThis as unknown as { kiosk: KioskApi }).kiosk;
        const timer = setTimeout(() => reject(new Error("card removal not noticed")), 10_000);
        const off = kiosk.on("card-removed", () => {
          clearTimeout(timer);
          off();
          resolve();
        });
      }),
  );
  await maintenance(fk, { kind: "sim-remove-card" });
  await noticed;
}

/** From check-answers: submit, wait for the confirmation page. */
export async function submitAndWait(page: Page): Promise<void> {
  await page.getByTestId("flow-submit").tap();
  await page.getByTestId("page-result").waitFor({ timeout: 20_000 });
}

/** From the result page: print, and wait until the printer confirmed (the goodbye page). */
export async function printAndFinish(page: Page): Promise<void> {
  await page.getByTestId("flow-print").tap();
  await page.getByTestId("page-goodbye").waitFor({ timeout: 20_000 });
}

/** The answers of one newborn enrollment (城乡居民医疗保险参保登记（新生儿）), all synthetic. */
export interface NewbornAnswers {
  /** The child's name as pinyin syllables, each with the character picked from the candidates. */
  name: readonly [string, string][];
  sex: "male" | "female";
  daysOld: number;
  certificateNo: string;
  relationship: string;
  phone: string;
}

/** The README's demo child, whom the demo register approves once. */
export const DEMO_NEWBORN: NewbornAnswers = {
  name: [
    ["lin", "林"],
    ["xiao", "小"],
    ["an", "安"],
  ],
  sex: "male",
  daysOld: 30,
  certificateNo: "Q350100001",
  relationship: "mother",
  phone: "13800138000",
};

/**
 * The newborn enrollment first offers to read the birth certificate by camera; this chooses to
 * type instead, as a parent without the certificate at hand does, and waits for the first question.
 */
export async function typeInsteadOfCapture(page: Page): Promise<void> {
  const capture = page.getByTestId("page-document");
  const name = page.getByTestId("question-childName");
  await capture.or(name).first().waitFor();
  if (await capture.isVisible()) await page.getByTestId("type-instead").first().click();
  await onQuestion(page, "childName");
}

/** From the first question of the newborn enrollment to its check-answers page. */
export async function answerNewborn(page: Page, a: NewbornAnswers): Promise<void> {
  await typeInsteadOfCapture(page);
  await pinyinType(page, a.name);
  await next(page);
  await onQuestion(page, "childSex");
  await choose(page, a.sex);
  await next(page);
  await onQuestion(page, "childBirthDate");
  await pickDate(page, chinaDate(a.daysOld));
  await next(page);
  await onQuestion(page, "birthCertificateNo");
  await keyType(page, a.certificateNo);
  await next(page);
  await onQuestion(page, "relationship");
  await choose(page, a.relationship);
  await next(page);
  await onQuestion(page, "phone");
  await padType(page, a.phone);
  await next(page);
  await page.getByTestId("page-check").waitFor();
}
