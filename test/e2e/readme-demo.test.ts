import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project";
import {
  answerNewborn,
  DEMO_NEWBORN,
  type FlowKiosk,
  onQuestion,
  pinyinType,
  printAndFinish,
  startFlowKiosk,
  submitAndWait,
  typeInsteadOfCapture,
} from "../support/flow-driver";

/**
 * The README's demo as a first-time user follows it: the maintenance menu by its hidden gesture
 * and PIN, a synthetic card placed from "virtual devices", the menu closed, then the newborn
 * enrollment to an approved, printed receipt — with no other door than the screen.
 */
const shot = (name: string): string => join(projectRoot, "artifacts", `readme-demo-${name}.png`);
let fk: FlowKiosk;

beforeAll(async () => {
  fk = await startFlowKiosk();
});
afterAll(async () => {
  await fk.close();
});

/** Five taps top-left, then the PIN from the data folder, as the README says. */
async function openMenu(page: Page): Promise<void> {
  for (let i = 0; i < 5; i++) await page.touchscreen.tap(30, 30);
  const pin = readFileSync(join(fk.dataDir, "maintenance-pin"), "utf8").trim();
  const layer = page.getByTestId("maintenance-layer");
  for (const digit of pin) await layer.getByRole("button", { name: digit, exact: true }).tap();
  await page.getByRole("heading", { name: "维护菜单" }).waitFor();
}

async function closeMenu(page: Page): Promise<void> {
  await page.getByTestId("maintenance-exit").tap();
  await page.getByTestId("maintenance-layer").waitFor({ state: "detached" });
}

describe("the README's demo", () => {
  it("reads a card placed from the menu once the menu closes, and finishes the newborn enrollment", async () => {
    const { page } = fk;
    await openMenu(page);
    await page.getByTestId("sim-card-resident").tap();
    await page.getByTestId("maintenance-result").waitFor();
    await closeMenu(page);

    // The card still lies on the reader: it is read for the resident, who sees so.
    await page.getByTestId("card-read-note").filter({ hasText: "身份证已读取" }).waitFor({ timeout: 10_000 });
    await page.screenshot({ path: shot("card-read") });

    await page.getByTestId("category-medical-insurance").tap();
    await page.getByTestId("service-newborn-med-insurance").tap();
    await page.getByTestId("flow-start").tap();
    // The card is already read: straight to the first question, no 办理此事项需要先读取身份证.
    await answerNewborn(page, DEMO_NEWBORN);
    await submitAndWait(page);
    await expect(page.getByTestId("result-status").textContent()).resolves.toContain("已通过");
    await printAndFinish(page);
    await page.getByTestId("flow-done").tap();
    await page.getByTestId("entry-service").waitFor();
  }, 120_000);

  it("reads the card lying on the reader again when a later session's identity page needs it", async () => {
    const { page } = fk;
    // The card from the first test still lies there; its read went with that session.
    await page.getByTestId("entry-service").tap();
    await page.getByTestId("category-medical-insurance").tap();
    await page.getByTestId("service-newborn-med-insurance").tap();
    await page.getByTestId("flow-start").tap();
    await typeInsteadOfCapture(page);
    await page.getByTestId("flow-cancel").tap();
    await page.getByTestId("entry-service").waitFor();
  }, 60_000);

  it("keeps a resident's service when a technician opens and closes the menu mid-service", async () => {
    const { page } = fk;
    await page.getByTestId("entry-service").tap();
    await page.getByTestId("category-medical-insurance").tap();
    await page.getByTestId("service-newborn-med-insurance").tap();
    await page.getByTestId("flow-start").tap();
    await typeInsteadOfCapture(page);
    await pinyinType(page, [["lin", "林"]]);
    await openMenu(page);
    await closeMenu(page);
    await onQuestion(page, "childName");
    await expect(page.getByTestId("text-display").inputValue()).resolves.toBe("林");
  }, 60_000);
});
