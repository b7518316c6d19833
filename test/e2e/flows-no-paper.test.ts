import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project";
import Database from "better-sqlite3";
import {
  answerNewborn,
  choose,
  DEMO_NEWBORN,
  type FlowKiosk,
  maintenance,
  next,
  onQuestion,
  openService,
  placeCard,
  printedTickets,
  removeCard,
  startFlowKiosk,
  submitAndWait,
} from "../support/flow-driver";

/**
 * The printer out of paper at an unattended kiosk: the result page stops offering 打印凭条, shows
 * no picture of a receipt, and keeps the number on screen with the receipt's QR code beside it.
 */
const shot = (name: string): string => join(projectRoot, "artifacts", `flow-${name}.png`);
let fk: FlowKiosk;

beforeAll(async () => {
  fk = await startFlowKiosk();
  await maintenance(fk, { kind: "sim-paper", paper: "out" });
  await fk.page.getByTestId("printer-status").filter({ hasText: "缺纸" }).waitFor();
});
afterAll(async () => {
  await fk.close();
});

async function axeSerious(): Promise<string[]> {
  const results = await new AxeBuilder({ page: fk.page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

describe("paper out", () => {
  it("a queue ticket: the number to photograph and the queue QR on screen, no print button", async () => {
    const { page } = fk;
    await openService(page, "queue-ticket");
    await page.getByTestId("flow-start").tap();
    await page.getByTestId("identity-skip").tap();
    await onQuestion(page, "department");
    await page.locator('[data-testid^="option-"]').first().tap();
    await next(page);
    await onQuestion(page, "priority");
    await choose(page, "no");
    await next(page);
    await submitAndWait(page);
    const ticketNo = ((await page.getByTestId("ticket-no").textContent()) ?? "").trim();
    await page.getByTestId("no-paper").waitFor();
    await expect(page.getByTestId("flow-print").count()).resolves.toBe(0);
    await expect(page.getByTestId("no-paper-photo").textContent()).resolves.toContain("拍下");
    const qr = await page.getByTestId("no-paper-qr").getAttribute("data-payload");
    expect(qr).toContain(`/queue?no=${encodeURIComponent(ticketNo)}`);
    await page.getByTestId("no-paper-qr").locator("img").waitFor();
    expect(await page.locator(".paper").count()).toBe(0);
    // The help button stays in the nav bar; the page itself sends nobody to look for staff.
    expect(await page.getByTestId("page-result").getByText("工作人员").count()).toBe(0);
    await page.screenshot({ path: shot("no-paper-ticket") });
    expect(await axeSerious()).toEqual([]);
    // 完成 is the only way on, and nothing was sent to the printer.
    await page.getByTestId("flow-finish").tap();
    await page.getByTestId("page-goodbye").waitFor();
    const tickets = await printedTickets(fk);
    expect(tickets.some((t) => t.text.includes(ticketNo))).toBe(false);
    await page.getByTestId("flow-done").tap();
    await page.getByTestId("entry-service").waitFor();
  }, 90_000);

  it("a query in English: photograph the results, which this kiosk does not keep", async () => {
    const { page } = fk;
    await page.getByRole("button", { name: "English", exact: true }).tap();
    await openService(page, "social-insurance-status");
    await page.getByTestId("flow-start").tap();
    await page.getByTestId("page-identity").waitFor();
    await placeCard(fk);
    await onQuestion(page, "insuranceType");
    await choose(page, "pension");
    await next(page);
    await page.getByTestId("page-result").waitFor({ timeout: 20_000 });
    const rows = (await page.getByTestId("query-rows").textContent()) ?? "";
    expect(rows).toContain("Active");
    expect(rows).not.toContain("正常参保");
    await expect(page.getByTestId("no-paper-photo").textContent()).resolves.toMatch(/photo/i);
    await expect(page.getByTestId("no-paper-qr").count()).resolves.toBe(0);
    await expect(page.getByTestId("flow-print").count()).resolves.toBe(0);
    await page.screenshot({ path: shot("no-paper-query-en") });
    expect(await axeSerious()).toEqual([]);
    await page.getByTestId("flow-finish").tap();
    await page.getByTestId("page-goodbye").waitFor();
    await page.getByTestId("flow-done").tap();
    await page.getByTestId("entry-service").waitFor();
    await removeCard(fk);
    await page.getByRole("button", { name: "简体", exact: true }).tap();
  }, 90_000);

  it("a newborn enrollment: the reference number texted to the mobile number given, once", async () => {
    const { page } = fk;
    await openService(page, "newborn-med-insurance");
    await page.getByTestId("flow-start").tap();
    await page.getByTestId("page-identity").waitFor();
    await placeCard(fk);
    await answerNewborn(page, DEMO_NEWBORN);
    await submitAndWait(page);
    const referenceNo = ((await page.getByTestId("reference-no").textContent()) ?? "").trim();
    await page.getByTestId("no-paper").waitFor();
    await expect(page.getByTestId("sms-send").textContent()).resolves.toContain("138****8000");
    // Nothing on the page points at a receipt that will not print.
    expect(await page.getByTestId("page-result").getByText("凭条上").count()).toBe(0);
    await expect(page.getByTestId("claim-note").textContent()).resolves.toContain("拍下本页");
    await page.getByTestId("sms-send").tap();
    await page.getByTestId("sms-sent").waitFor({ timeout: 20_000 });
    await expect(page.getByTestId("sms-sent").textContent()).resolves.toContain("138****8000");
    await expect(page.getByTestId("sms-send").count()).resolves.toBe(0);
    await page.screenshot({ path: shot("no-paper-sms") });
    expect(await axeSerious()).toEqual([]);
    // What the simulator "sent": one text, in Chinese, with the number masked and the reference.
    const db = new Database(join(fk.dataDir, "central.db"), { readonly: true });
    try {
      db.pragma("busy_timeout = 5000");
      const texts = db.prepare("select phone_masked, text from sim_sms").all() as {
        phone_masked: string;
        text: string;
      }[];
      expect(texts).toHaveLength(1);
      expect(texts[0]?.phone_masked).toBe("138****8000");
      expect(texts[0]?.text).toContain(referenceNo);
      expect(texts[0]?.text).toContain("办件编号");
    } finally {
      db.close();
    }
    await page.getByTestId("flow-finish").tap();
    await page.getByTestId("page-goodbye").waitFor();
    await page.getByTestId("flow-done").tap();
    await page.getByTestId("entry-service").waitFor();
    await removeCard(fk);
  }, 120_000);

  it("paper back: 打印凭条 is the main button again", async () => {
    const { page } = fk;
    await maintenance(fk, { kind: "sim-paper", paper: "ok" });
    await page.getByTestId("printer-status").filter({ hasNotText: "缺纸" }).waitFor();
    await openService(page, "queue-ticket");
    await page.getByTestId("flow-start").tap();
    await page.getByTestId("identity-skip").tap();
    await onQuestion(page, "department");
    await page.locator('[data-testid^="option-"]').first().tap();
    await next(page);
    await onQuestion(page, "priority");
    await choose(page, "no");
    await next(page);
    await submitAndWait(page);
    await page.getByTestId("flow-print").waitFor();
    await expect(page.getByTestId("no-paper").count()).resolves.toBe(0);
  }, 90_000);
});
