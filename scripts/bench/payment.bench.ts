import type { Page } from "playwright-core";
import type { KioskApi } from "../../core/api";
import { chinaDate, type FlowKiosk, placeCard, removeCard, startFlowKiosk } from "../../test/support/flow-driver";
import type { Benchmark, Figure } from "./types";

/**
 * Payment: machine time from "paid" (the payer's tap on the simulator's pay link, which settles
 * the order) to the 缴费凭证 printed on the simulated printer, through the real door
 * (window.kiosk in Chromium → web shell → core → central → core → printer). Beside it, in the
 * same run on the same kiosk, an ordinary submission's receipt: the newborn application sent to
 * central and its 办件回执 printed. Both are one trip to central carrying the outcome and one print.
 */
const RUNS = 5;

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/**
 * Until the kiosk has reached central. Polled from here through page.evaluate: waitForFunction
 * compiles its predicate inside the page, which the kiosk's CSP (no 'unsafe-eval') refuses.
 */
async function settled(page: Page): Promise<void> {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    const ready = await page.evaluate(() =>
      (globalThis as unknown as { kiosk: KioskApi }).kiosk
        .getStatus({})
        .then((s) => s.central.checked && s.online),
    );
    if (ready) return;
    await page.waitForTimeout(100);
  }
  throw new Error("the kiosk did not reach central within 30 s");
}

/** One payment: the order opened and its held status read waiting, then the payer pays. */
async function paidToPrinted(fk: FlowKiosk, run: number): Promise<number> {
  const { page } = fk;
  const opened = await page.evaluate(async (account) => {
    const kiosk = (globalThis as unknown as { kiosk: KioskApi }).kiosk;
    const { sessionId } = await kiosk.startSession({});
    const order = await kiosk.openPayment({
      sessionId,
      serviceId: "utility-bill-payment",
      answers: { utility: "electricity", accountNo: account, payMethod: "wechat" },
    });
    const g = globalThis as unknown as { __benchPay?: Promise<number> };
    // The page waits as the payment page does: a held read, then the print.
    g.__benchPay = kiosk
      .paymentStatus({ sessionId, orderId: order.orderId, waitSeconds: 20, since: "pending" })
      .then(async (view) => {
        if (view.state !== "paid") throw new Error(`not paid: ${view.state}`);
        const printed = await kiosk.printReceipt({ sessionId });
        if (!printed.ok) throw new Error("not printed");
        return Date.now();
      });
    g.__benchPay.catch(() => undefined);
    return order.qrPayload;
  }, `8800${String(run).padStart(4, "0")}`);
  // Let the held read reach central before the payer acts.
  await page.waitForTimeout(300);
  const link = new URL(opened);
  const paidAt = Date.now();
  const reply = await fetch(new URL(`${link.pathname}/pay`, link.origin), {
    method: "POST",
    headers: { accept: "application/json" },
  });
  if (!reply.ok) throw new Error(`pay link answered ${String(reply.status)}`);
  const printedAt = await page.evaluate(() => {
    const g = globalThis as unknown as { __benchPay?: Promise<number> };
    if (g.__benchPay === undefined) throw new Error("no payment under way");
    return g.__benchPay;
  });
  return printedAt - paidAt;
}

/** The peer: an application submitted to central and its receipt printed. */
async function submittedToPrinted(fk: FlowKiosk, run: number): Promise<number> {
  const { page } = fk;
  const read = page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const kiosk = (globalThis as unknown as { kiosk: KioskApi }).kiosk;
        const timer = setTimeout(() => reject(new Error("the card was not read within 10 s")), 10_000);
        const off = kiosk.on("card-read", (e) => {
          clearTimeout(timer);
          off();
          resolve(e.sessionId);
        });
      }),
  );
  await placeCard(fk);
  const sessionId = await read;
  const { year, month, day } = chinaDate(30);
  const date = `${String(year)}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const took = await page.evaluate(
    async ({ sessionId, date, certificate }) => {
      const kiosk = (globalThis as unknown as { kiosk: KioskApi }).kiosk;
      const t0 = performance.now();
      const outcome = await kiosk.submitService({
        sessionId,
        serviceId: "newborn-med-insurance",
        answers: {
          childName: "林小安",
          childSex: "male",
          childBirthDate: date,
          birthCertificateNo: certificate,
          relationship: "mother",
          phone: "13800138000",
        },
        photos: [],
        anonymous: false,
      });
      if (outcome.receipt === null) throw new Error("no receipt");
      const printed = await kiosk.printReceipt({ sessionId });
      if (!printed.ok) throw new Error("not printed");
      return performance.now() - t0;
    },
    { sessionId, date, certificate: `Q35010${String(run).padStart(4, "0")}` },
  );
  // The next run places a card again: a card left lying on the reader would not be read anew.
  await removeCard(fk);
  return took;
}

export const benchmarks: Benchmark[] = [
  {
    group: "payment",
    async run(): Promise<Figure[]> {
      const fk = await startFlowKiosk();
      const paid: number[] = [];
      const submitted: number[] = [];
      try {
        await settled(fk.page);
        for (let i = 0; i < RUNS; i++) {
          paid.push(await paidToPrinted(fk, i));
          submitted.push(await submittedToPrinted(fk, i));
        }
      } finally {
        await fk.close();
      }
      return [
        {
          name: `payer pays → 缴费凭证 printed (simulated printer), median of ${String(RUNS)}`,
          value: median(paid),
          unit: "ms",
          peer: { name: "application submitted → 办件回执 printed, median", value: median(submitted) },
        },
      ];
    },
  },
];
