import { AxeBuilder } from "@axe-core/playwright";
import Database from "better-sqlite3";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KioskApi } from "../../core/api";
import { projectRoot } from "../../scripts/project";
import { launchChromium } from "../support/browser";
import { CLEAN } from "../support/certificates/certificate-html";
import { renderCertificate } from "../support/certificates/render";
import type { CertificateValues } from "../support/certificates/synthetic-values";
import { cameraY4m } from "../support/certificates/y4m";
import {
  chinaDate,
  choose,
  type FlowKiosk,
  next,
  onQuestion,
  openService,
  padType,
  placeCard,
  printAndFinish,
  removeCard,
  startFlowKiosk,
  submitAndWait,
} from "../support/flow-driver";
import { smallTargets } from "../support/targets";

/**
 * The newborn 秒批 with the camera step for real: Chromium's fake camera plays a synthetic
 * 出生医学证明 rendered by test/support/certificates, the kiosk crops it to the guide frame, the
 * embedded central reads it with Tesseract, the answers come pre-filled and marked as read from the
 * certificate for the parent to confirm, and the decision records which values came from it.
 * Then the camera shows a blank sheet: nothing is read, and the parent types as before.
 */
const shot = (name: string): string => join(projectRoot, "artifacts", `flow-newborn-camera-${name}.png`);

/** Demo register's second baby (central/demo/birth-registrations.ts): 45 days old, approved once. */
const born = chinaDate(45);
const BABY: CertificateValues = {
  certificateNo: "Q350100002",
  childName: "陈思语",
  sex: "female",
  birthDate: `${born.year}-${String(born.month).padStart(2, "0")}-${String(born.day).padStart(2, "0")}`,
  motherName: "黄安然",
  fatherName: "陈子航",
};

let dir = "";
let video = "";
let fk: FlowKiosk;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newborn-camera-"));
  video = join(dir, "camera.y4m");
  const browser = await launchChromium();
  try {
    const png = join(dir, "certificate.png");
    await renderCertificate(browser, BABY, CLEAN, png);
    await cameraY4m(browser, { bytes: readFileSync(png), mime: "image/png" }, video);
  } finally {
    await browser.close();
  }
  fk = await startFlowKiosk({}, { chromiumArgs: [`--use-file-for-fake-video-capture=${video}`] });
}, 90_000);

afterAll(async () => {
  await fk.close();
  rmSync(dir, { recursive: true, force: true });
});

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

/** From the service list to the capture page, the card read, the camera's picture playing. */
async function toCapturePage(): Promise<void> {
  const { page } = fk;
  await openService(page, "newborn-med-insurance");
  await page.getByTestId("flow-start").tap();
  await page.getByTestId("page-identity").waitFor();
  await placeCard(fk);
  await page.getByTestId("page-document").waitFor();
  // 拍摄并识别 is enabled once the preview plays.
  await page.locator('[data-testid="capture-document"]:not([disabled])').waitFor({ timeout: 15_000 });
}

/** The question page of `field` says its value was read from the certificate. */
async function markedFromDocument(page: Page, field: string): Promise<void> {
  await onQuestion(page, field);
  const question = page.getByTestId(`question-${field}`);
  await expect(question.getByTestId("from-document").textContent()).resolves.toContain("读自出生医学证明");
}

describe("newborn enrollment: the birth certificate read by the camera", () => {
  it("pre-fills the four values from the certificate, each marked for the parent to confirm, and the 秒批 decision records them", async () => {
    const { page } = fk;
    await toCapturePage();
    // The preview plays the camera's picture inside the guide frame.
    const size = await page.evaluate<{ w: number; h: number }>(
      `(() => { const v = document.querySelector(".document-capture__video"); return { w: v.videoWidth, h: v.videoHeight }; })()`,
    );
    expect(size).toEqual({ w: 1280, h: 996 });
    await expect(page.locator(".document-capture__frame").isVisible()).resolves.toBe(true);
    // The picture for the README: once the header shows the link to central up.
    await page.waitForFunction(
      () =>
        (globalThis as unknown as { kiosk: KioskApi }).kiosk
          .getStatus({})
          .then((s) => s.central.checked && s.online),
      undefined,
      { timeout: 30_000, polling: 200 },
    );
    await page.getByText("网络正常").first().waitFor();
    await page.screenshot({ path: join(projectRoot, "docs", "images", "document-capture.png") });

    // Axe, and the touch floor: 44 px, 64 in 长辈版.
    expect(await seriousViolations(page), "capture page: axe").toEqual([]);
    expect(await smallTargets(page, 44), "capture page: 44 px targets").toEqual([]);
    await page.getByTestId("elder-toggle").tap();
    await expect(page.locator("html").getAttribute("data-elder")).resolves.toBe("true");
    expect(await smallTargets(page, 64), "capture page: 64 px targets in 长辈版").toEqual([]);
    expect(await seriousViolations(page), "capture page in 长辈版: axe").toEqual([]);
    await page.screenshot({ path: shot("elder") });
    await page.getByTestId("elder-toggle").tap();
    await expect(page.locator("html").getAttribute("data-elder")).resolves.toBe("false");

    await page.getByTestId("capture-document").tap();
    // Tesseract on central takes a second or two; the page says it is reading meanwhile.
    await markedFromDocument(page, "childName");
    await expect(page.getByTestId("text-display").inputValue()).resolves.toBe(BABY.childName);
    await page.screenshot({ path: shot("name") });
    await next(page);

    await markedFromDocument(page, "childSex");
    await expect(page.getByTestId("option-female").getAttribute("aria-checked")).resolves.toBe("true");
    await next(page);

    await markedFromDocument(page, "childBirthDate");
    await expect(page.getByTestId(`month-${born.month}`).getAttribute("aria-checked")).resolves.toBe("true");
    await expect(page.getByTestId(`day-${born.day}`).getAttribute("aria-checked")).resolves.toBe("true");
    await next(page);

    await markedFromDocument(page, "birthCertificateNo");
    await expect(page.getByTestId("text-display").inputValue()).resolves.toBe(BABY.certificateNo);
    await next(page);

    // What no certificate says is asked as before, unmarked.
    await onQuestion(page, "relationship");
    await expect(page.getByTestId("from-document").count()).resolves.toBe(0);
    await choose(page, "mother");
    await next(page);
    await onQuestion(page, "phone");
    await padType(page, "13800138000");
    await next(page);

    await page.getByTestId("page-check").waitFor();
    await expect(page.getByTestId("page-check").textContent()).resolves.toContain(BABY.childName);
    await submitAndWait(page);
    await expect(page.getByTestId("result-status").textContent()).resolves.toContain("已通过");
    await page.screenshot({ path: shot("approved") });

    const db = new Database(join(fk.dataDir, "central.db"), { readonly: true });
    try {
      db.pragma("busy_timeout = 5000");
      const rows = db.prepare("select outcome, document_fields from decisions").all() as {
        outcome: string;
        document_fields: string | null;
      }[];
      expect(rows).toHaveLength(1);
      expect(rows[0]?.outcome).toBe("approved");
      expect(JSON.parse(rows[0]?.document_fields ?? "[]")).toEqual(
        expect.arrayContaining(["childName", "childSex", "childBirthDate", "birthCertificateNo"]),
      );
    } finally {
      db.close();
    }
    await printAndFinish(page);
    await page.getByTestId("flow-done").tap();
    await page.getByTestId("entry-service").waitFor();
    await removeCard(fk);
  }, 180_000);

  it("never holds up the parent when nothing is read: a blank sheet leads to typing the answers", async () => {
    const { page } = fk;
    // The next parent's camera shows a blank sheet (Chromium opens the file anew with each camera start).
    const browser = await launchChromium();
    try {
      await cameraY4m(browser, null, video);
    } finally {
      await browser.close();
    }
    await toCapturePage();
    await page.getByTestId("capture-document").tap();
    await page.getByTestId("document-unread").waitFor({ timeout: 40_000 });
    await expect(page.getByTestId("document-unread").textContent()).resolves.toContain("请手动填写");
    await page.screenshot({ path: shot("unread") });
    await page.getByTestId("type-instead").first().tap();
    await onQuestion(page, "childName");
    await expect(page.getByTestId("text-display").inputValue()).resolves.toBe("");
    await expect(page.getByTestId("from-document").count()).resolves.toBe(0);
  }, 120_000);
});
