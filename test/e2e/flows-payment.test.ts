import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project";
import {
  choose,
  type FlowKiosk,
  next,
  onQuestion,
  openService,
  padType,
  printAndFinish,
  printedTickets,
  startFlowKiosk,
  submitAndWait,
} from "../support/flow-driver";

/**
 * The payment kind: 水电燃气费缴纳 needs no ID card. Bill, account number on the numeric pad, a
 * way to pay, check answers, then a receipt with the reference number from the central service.
 */
let fk: FlowKiosk;

beforeAll(async () => {
  fk = await startFlowKiosk();
});
afterAll(async () => {
  await fk.close();
});

describe("utility bill payment", () => {
  it("takes a bill payment without a card and prints its receipt", async () => {
    const { page } = fk;
    await openService(page, "utility-bill-payment");
    await page.getByTestId("flow-start").tap();
    // identity "none": straight to the first question, no card page.
    await onQuestion(page, "utility");
    await choose(page, "electricity");
    await next(page);
    await onQuestion(page, "accountNo");
    await padType(page, "123");
    await next(page);
    // Too short for an account number: said in plain words, and the page stays.
    await expect(page.getByTestId("field-error").textContent()).resolves.toContain("请至少输入6个字");
    await padType(page, "4567890");
    await next(page);
    await onQuestion(page, "payMethod");
    await choose(page, "wechat");
    await next(page);
    await page.getByTestId("page-check").waitFor();
    await submitAndWait(page);
    await expect(page.getByTestId("result-status").textContent()).resolves.toMatch(/已提交|已受理/);
    const reference = ((await page.getByTestId("reference-no").textContent()) ?? "").trim();
    expect(reference).toMatch(/^FZ/);
    await page.screenshot({ path: join(projectRoot, "artifacts", "flow-payment-received.png") });
    await printAndFinish(page);
    const [printed] = await printedTickets(fk);
    expect(printed?.text).toContain(reference);
    expect(printed?.text).toContain("水电燃气费缴纳");
  }, 90_000);
});
