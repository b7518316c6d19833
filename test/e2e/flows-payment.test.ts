import { AxeBuilder } from "@axe-core/playwright";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project";
import {
  choose,
  type FlowKiosk,
  maintenanceReport,
  next,
  onQuestion,
  openService,
  padType,
  placeCard,
  printAndFinish,
  printedTickets,
  startFlowKiosk,
} from "../support/flow-driver";
import { answerUtilityBill, payLink, phone } from "../support/payment-driver";
import { smallTargets } from "../support/targets";

/**
 * The payment services through the web shell in Chromium against the kiosk's central: the amount
 * due and a QR code with a countdown; the test plays the resident's phone on the QR code's pay
 * link. Paid → the transaction number on screen and on the printed receipt; declined, timed out
 * or cancelled → plain words, nothing charged, and a fresh order on 重新支付.
 */
let fk: FlowKiosk;

beforeAll(async () => {
  fk = await startFlowKiosk();
});
afterAll(async () => {
  await fk.close();
});

const text = async (page: Page, testId: string): Promise<string> =>
  ((await page.getByTestId(testId).textContent()) ?? "").trim();

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

async function backHome(page: Page): Promise<void> {
  await page.getByTestId("entry-service").waitFor({ timeout: 20_000 });
}

describe("payment", () => {
  it("shows the amount and a counting-down QR code, axe-clean in zh-CN, en and 长辈版; paid prints the transaction number", async () => {
    const { page } = fk;
    await openService(page, "utility-bill-payment");
    await answerUtilityBill(page);
    const link = await payLink(page);
    expect(link.pathname).toMatch(/^\/sim\/pay\/[A-Za-z0-9_-]{20,}$/);
    const amount = await text(page, "pay-amount");
    expect(amount).toMatch(/^¥ \d+\.\d\d$/);
    expect(await text(page, "pay-description")).toContain("水费（户号 12345678）");
    const first = await text(page, "pay-countdown");
    expect(first).toMatch(/剩余时间 [23]:\d\d/);
    await expect
      .poll(() => text(page, "pay-countdown"), { timeout: 5_000 })
      .not.toBe(first);
    await page.waitForFunction(() => document.querySelector(".pay__qr")?.tagName === "IMG");
    await page.screenshot({ path: join(projectRoot, "docs", "images", "payment-qr.png") });

    expect(await seriousViolations(page), "zh-CN: axe").toEqual([]);
    expect(await smallTargets(page, 44), "zh-CN: 44 px targets").toEqual([]);
    await page.getByRole("button", { name: "English" }).tap();
    await expect.poll(() => text(page, "pay-status")).toBe("Waiting for your payment…");
    expect(await seriousViolations(page), "en: axe").toEqual([]);
    await page.getByRole("button", { name: "繁體" }).tap();
    await expect.poll(() => page.locator("#flow-title").textContent()).toBe("請用手機掃碼付款");
    await page.getByRole("button", { name: "简体" }).tap();
    await page.getByTestId("elder-toggle").tap();
    await expect(page.locator("html").getAttribute("data-elder")).resolves.toBe("true");
    expect(await seriousViolations(page), "长辈版: axe").toEqual([]);
    expect(await smallTargets(page, 64), "长辈版: 64 px targets").toEqual([]);
    await page.getByTestId("elder-toggle").tap();

    const paid = await phone(link, "pay");
    expect(paid.state).toBe("paid");
    await page.getByTestId("page-pay-paid").waitFor({ timeout: 10_000 });
    const transactionNo = await text(page, "pay-transaction");
    expect(transactionNo).toBe(paid.transactionNo);
    expect(await text(page, "pay-amount")).toBe(amount);
    await printAndFinish(page);
    const [printed] = await printedTickets(fk);
    expect(printed?.text).toContain("缴费凭证");
    expect(printed?.text).toContain(transactionNo);
    expect(printed?.text).toContain(amount);
    // Paying the same link again moves nothing: it stays one payment.
    expect((await phone(link, "pay")).transactionNo).toBe(transactionNo);
    await page.getByTestId("flow-done").tap();
    await backHome(page);
  }, 120_000);

  it("declined, then timed out: plain words, nothing charged, and 重新支付 opens a fresh order", async () => {
    const { page } = fk;
    await openService(page, "traffic-fine-payment");
    await page.getByTestId("flow-start").tap();
    await page.getByTestId("page-identity").waitFor();
    await placeCard(fk);
    await onQuestion(page, "decisionNo");
    await padType(page, "3501022026120301");
    await next(page);
    await onQuestion(page, "payMethod");
    await choose(page, "alipay");
    await next(page);
    await page.getByTestId("page-check").waitFor();
    await page.getByTestId("flow-submit").tap();
    const first = await payLink(page);
    expect((await phone(first, "decline")).state).toBe("declined");
    await page.getByTestId("page-pay-ended").waitFor({ timeout: 10_000 });
    await expect(page.getByTestId("pay-state").getAttribute("data-state")).resolves.toBe("declined");
    expect(await text(page, "pay-state")).toContain("没有扣款");

    await page.getByTestId("pay-again").tap();
    const second = await payLink(page);
    expect(second.pathname).not.toBe(first.pathname);
    expect((await phone(second, "timeout")).state).toBe("expired");
    await page.getByTestId("page-pay-ended").waitFor({ timeout: 10_000 });
    await expect(page.getByTestId("pay-state").getAttribute("data-state")).resolves.toBe("expired");
    await page.getByRole("button", { name: "English" }).tap();
    await expect.poll(() => text(page, "pay-state")).toContain("nothing was charged");
    await page.getByRole("button", { name: "简体" }).tap();
    // The ended orders cannot be paid any more.
    expect((await phone(first, "pay")).state).toBe("declined");
    expect((await phone(second, "pay")).state).toBe("expired");
    await page.getByTestId("pay-home").tap();
    await backHome(page);
  }, 120_000);

  it("the resident cancels: nothing charged and the link is dead; a cancel racing a payment never loses it", async () => {
    const { page } = fk;
    await openService(page, "utility-bill-payment");
    await answerUtilityBill(page, "87654321");
    const link = await payLink(page);
    await page.getByTestId("pay-cancel").tap();
    await page.getByTestId("page-pay-ended").waitFor({ timeout: 10_000 });
    await expect(page.getByTestId("pay-state").getAttribute("data-state")).resolves.toBe("cancelled");
    expect(await text(page, "pay-state")).toContain("没有扣款");
    expect((await phone(link, "pay")).state).toBe("closed");

    // Pay and cancel at once: whichever lands first, the screen says what the provider says.
    await page.getByTestId("pay-again").tap();
    const raced = await payLink(page);
    const [payer] = await Promise.all([phone(raced, "pay"), page.getByTestId("pay-cancel").tap()]);
    await page.locator('[data-testid="page-pay-paid"], [data-testid="page-pay-ended"]').waitFor();
    if (payer.state === "paid") {
      await page.getByTestId("page-pay-paid").waitFor({ timeout: 10_000 });
      expect(await text(page, "pay-transaction")).toBe(payer.transactionNo);
    } else {
      expect(payer.state).toBe("closed");
      await expect(page.getByTestId("pay-state").getAttribute("data-state")).resolves.toBe("cancelled");
    }
    // The kiosk's own record agrees, once per order: one row each, the raced one as the provider says.
    const { payments } = await maintenanceReport(fk);
    const ids = payments.map((p) => p.orderId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(payments[0]?.state).toBe(payer.state === "paid" ? "paid" : "cancelled");
    expect(payments[1]?.state).toBe("cancelled");
    if (payer.state === "paid") expect(payments[0]?.transactionNo).toBe(payer.transactionNo);
  }, 120_000);
});
