import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KioskApi } from "../../core/api";
import {
  type FlowKiosk,
  maintenanceReport,
  openService,
  printAndFinish,
  printedTickets,
  startFlowKiosk,
} from "../support/flow-driver";
import { type GatedCentral, startGatedCentral } from "../support/gated-central";
import { answerUtilityBill, payLink, phone } from "../support/payment-driver";

/**
 * The kiosk loses central in the middle of a payment (the real central behind a gate the test
 * cuts) while the resident's phone still reaches central. Central keeps the order; the screen says
 * plainly what is going on; once the link is back the outcome arrives — on screen if the resident
 * waited, by reconciliation if they left — and each order is recorded once.
 */
let gated: GatedCentral;
let fk: FlowKiosk;

beforeAll(async () => {
  gated = await startGatedCentral();
  fk = await startFlowKiosk({ KIOSK_CENTRAL_URL: gated.url, KIOSK_ENROLLMENT_CODE: gated.enrollmentCode });
  await fk.page.waitForFunction(
    () => (globalThis as unknown as { kiosk: KioskApi }).kiosk.getStatus({}).then((status) => status.online),
    undefined,
    { timeout: 30_000, polling: 500 },
  );
}, 90_000);
afterAll(async () => {
  await fk.close();
  await gated.close();
});

const text = async (page: Page, testId: string): Promise<string> =>
  ((await page.getByTestId(testId).textContent()) ?? "").trim();

describe("a kiosk that goes offline mid-payment", () => {
  it("the resident who waits sees a plain message, then the payment made meanwhile, printed once", async () => {
    const { page } = fk;
    await openService(page, "utility-bill-payment");
    await answerUtilityBill(page, "11112222");
    const link = await payLink(page);
    gated.setMode("down");
    await page.getByTestId("pay-offline").waitFor({ timeout: 20_000 });
    expect(await text(page, "pay-offline")).toContain("不会重复扣款");
    // The phone pays by its own road to central; the kiosk cannot hear of it yet.
    const paid = await phone(link, "pay", gated.centralUrl);
    expect(paid.state).toBe("paid");
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    await expect(page.getByTestId("pay-pending").isVisible()).resolves.toBe(true);

    gated.setMode("pass");
    await page.getByTestId("page-pay-paid").waitFor({ timeout: 30_000 });
    expect(await text(page, "pay-transaction")).toBe(paid.transactionNo);
    await printAndFinish(page);
    const [printed] = await printedTickets(fk);
    expect(printed?.text).toContain(paid.transactionNo);
    await page.getByTestId("flow-done").tap();
    await page.getByTestId("entry-service").waitFor({ timeout: 20_000 });
  }, 120_000);

  it("the resident who leaves: the payment made while offline is reconciled after reconnection, never doubled", async () => {
    const { page } = fk;
    await openService(page, "utility-bill-payment");
    await answerUtilityBill(page, "33334444");
    const link = await payLink(page);
    gated.setMode("down");
    await page.getByTestId("pay-offline").waitFor({ timeout: 20_000 });
    // The resident walks away: the page starts over, and the session with the order is gone.
    await page.reload();
    await page.getByTestId("entry-service").waitFor({ timeout: 20_000 });
    const paid = await phone(link, "pay", gated.centralUrl);
    expect(paid.state).toBe("paid");

    // Offline, the kiosk still has the order open.
    const before = await maintenanceReport(fk);
    expect(before.payments[0]?.state).toBe("pending");

    gated.setMode("pass");
    await expect
      .poll(async () => (await maintenanceReport(fk)).payments[0]?.state, { timeout: 30_000, interval: 1_000 })
      .toBe("paid");
    const after = await maintenanceReport(fk);
    expect(after.payments[0]?.transactionNo).toBe(paid.transactionNo);
    // Two orders in all, each once, each paid once.
    expect(after.payments).toHaveLength(2);
    expect(new Set(after.payments.map((p) => p.orderId)).size).toBe(2);
    expect(after.payments.map((p) => p.state)).toEqual(["paid", "paid"]);
    // A second payer tap on the same link changes nothing anywhere.
    expect((await phone(link, "pay", gated.centralUrl)).transactionNo).toBe(paid.transactionNo);
  }, 120_000);
});
