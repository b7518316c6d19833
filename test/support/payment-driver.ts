import type { Page } from "playwright-core";
import { choose, next, onQuestion, padType } from "./flow-driver";

/** The pay link on screen (the QR code's payload), as the resident's phone reads it. */
export async function payLink(page: Page): Promise<URL> {
  await page.getByTestId("pay-pending").waitFor({ timeout: 20_000 });
  const payload = await page.getByTestId("pay-qr").getAttribute("data-payload");
  if (payload === null) throw new Error("no pay link on screen");
  return new URL(payload);
}

/**
 * The phone acts on the pay link as the simulator's pay page would (pay, decline, let it time out),
 * through `origin` when the phone reaches central by another road than the kiosk.
 */
export async function phone(
  link: URL,
  action: "pay" | "decline" | "timeout",
  origin = link.origin,
): Promise<{ state: string; transactionNo?: string }> {
  const reply = await fetch(new URL(`${link.pathname}/${action}`, origin), {
    method: "POST",
    headers: { accept: "application/json" },
  });
  if (!reply.ok) throw new Error(`pay link answered ${reply.status}`);
  return (await reply.json()) as { state: string; transactionNo?: string };
}

/** 水电燃气费缴纳 (no card) from its first question to the QR page. */
export async function answerUtilityBill(page: Page, accountNo = "12345678"): Promise<void> {
  await page.getByTestId("flow-start").tap();
  await onQuestion(page, "utility");
  await choose(page, "water");
  await next(page);
  await onQuestion(page, "accountNo");
  await padType(page, accountNo);
  await next(page);
  await onQuestion(page, "payMethod");
  await choose(page, "wechat");
  await next(page);
  await page.getByTestId("page-check").waitFor();
  await page.getByTestId("flow-submit").tap();
}
