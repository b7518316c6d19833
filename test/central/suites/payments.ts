import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  PaymentOrder,
  paymentCancelPath,
  paymentOrderPath,
  type PaymentOrderRequest,
} from "../../../central/protocol";
import type { SuiteContext } from "../contract";
import { call, enroll, type TestCentral } from "../harness";

const fineRequest = (overrides: Partial<PaymentOrderRequest> = {}): PaymentOrderRequest => ({
  submissionId: randomUUID(),
  serviceId: "traffic-fine-payment",
  answers: { decisionNo: "3501022026120301", payMethod: "wechat" },
  ...overrides,
});

async function open(central: TestCentral, token: string, body: PaymentOrderRequest) {
  const reply = await call(central.url, "POST", "/v1/payments/orders", { token, body });
  expect(reply.status, reply.text).toBe(201);
  return PaymentOrder.parse(reply.json);
}

/** Acts as the payer through the pay link the QR code carries, as a phone would. */
async function payer(order: PaymentOrder, action: "pay" | "decline" | "timeout") {
  const link = new URL(order.qrPayload);
  const reply = await call(link.origin, "POST", `${link.pathname}/${action}`, {
    headers: { accept: "application/json" },
  });
  return reply;
}

const read = async (central: TestCentral, token: string, id: string, query = "") =>
  PaymentOrder.parse((await call(central.url, "GET", `${paymentOrderPath(id)}${query}`, { token })).json);

export function paymentsSuite(get: () => SuiteContext): void {
  describe("payments", () => {
    it("opens one order per submission, however often the kiosk asks", async () => {
      const { central } = get();
      const kiosk = await enroll(central, "缴费测试");
      const body = fineRequest();
      const first = await open(central, kiosk.token, body);
      expect(first).toMatchObject({
        state: "pending",
        provider: "simulator",
        submissionId: body.submissionId,
      });
      expect([5_000, 10_000, 15_000, 20_000]).toContain(first.amountFen);
      expect(first.qrPayload).toMatch(/\/sim\/pay\/[A-Za-z0-9_-]{20,}$/);
      const again = await call(central.url, "POST", "/v1/payments/orders", { token: kiosk.token, body });
      expect(again.status).toBe(200);
      expect(again.headers.get("idempotent-replayed")).toBe("true");
      expect(PaymentOrder.parse(again.json).id).toBe(first.id);
      const [both] = await Promise.all([
        call(central.url, "POST", "/v1/payments/orders", {
          token: kiosk.token,
          body: fineRequest({ submissionId: body.submissionId }),
        }),
      ]);
      expect(PaymentOrder.parse(both.json).id).toBe(first.id);
      const rows = await central.db.db
        .selectFrom("payment_orders")
        .select("id")
        .where("submission_id", "=", body.submissionId)
        .execute();
      expect(rows).toHaveLength(1);
    });

    it("concurrent first requests for one submission still give one order and one live pay link", async () => {
      const { central } = get();
      const kiosk = await enroll(central);
      const body = fineRequest();
      const replies = await Promise.all(
        [1, 2, 3].map(() => call(central.url, "POST", "/v1/payments/orders", { token: kiosk.token, body })),
      );
      const ids = new Set(replies.map((r) => PaymentOrder.parse(r.json).id));
      expect(ids.size).toBe(1);
      const pending = await central.db.db
        .selectFrom("sim_payments")
        .select("state")
        .where("state", "=", "pending")
        .where(
          "id",
          "in",
          central.db.db
            .selectFrom("payment_orders")
            .select("provider_order_id")
            .where("submission_id", "=", body.submissionId),
        )
        .execute();
      expect(pending).toHaveLength(1);
    });

    it("a paid order carries the provider's transaction number, and a second 'paid' changes nothing", async () => {
      const { central } = get();
      const kiosk = await enroll(central);
      const order = await open(central, kiosk.token, fineRequest());
      const page = await call(new URL(order.qrPayload).origin, "GET", new URL(order.qrPayload).pathname);
      expect(page.status).toBe(200);
      expect(page.text).toContain(`¥${(order.amountFen / 100).toFixed(2)}`);
      expect(page.text).toContain("交通违法罚款");

      const paid = await payer(order, "pay");
      expect(paid.json).toMatchObject({
        state: "paid",
        transactionNo: expect.stringMatching(/^SIM\d{20}$/) as unknown,
      });
      const after = await read(central, kiosk.token, order.id);
      expect(after.state).toBe("paid");
      expect(after.transactionNo).toBe((paid.json as { transactionNo: string }).transactionNo);

      const twice = await payer(order, "pay");
      expect((twice.json as { transactionNo: string }).transactionNo).toBe(after.transactionNo);
      expect(await read(central, kiosk.token, order.id)).toEqual(after);
      // Cancelling a paid order does not undo it: the kiosk shows it paid.
      const cancel = await call(central.url, "POST", paymentCancelPath(order.id), { token: kiosk.token });
      expect(PaymentOrder.parse(cancel.json).state).toBe("paid");
    });

    it("declined and timed-out orders end unpaid with no transaction", async () => {
      const { central } = get();
      const kiosk = await enroll(central);
      const declined = await open(central, kiosk.token, fineRequest());
      await payer(declined, "decline");
      const d = await read(central, kiosk.token, declined.id);
      expect(d.state).toBe("declined");
      expect(d.transactionNo).toBeUndefined();
      expect((await payer(declined, "pay")).json).toMatchObject({ state: "declined" });
      expect((await read(central, kiosk.token, declined.id)).state).toBe("declined");

      const late = await open(central, kiosk.token, fineRequest());
      await payer(late, "timeout");
      expect((await read(central, kiosk.token, late.id)).state).toBe("expired");
      expect((await payer(late, "pay")).json).toMatchObject({ state: "expired" });
    });

    it("a cancelled order can no longer be paid from the phone", async () => {
      const { central } = get();
      const kiosk = await enroll(central);
      const order = await open(central, kiosk.token, fineRequest());
      const cancelled = await call(central.url, "POST", paymentCancelPath(order.id), { token: kiosk.token });
      expect(PaymentOrder.parse(cancelled.json).state).toBe("cancelled");
      expect((await payer(order, "pay")).json).toMatchObject({ state: "closed" });
      const final = await read(central, kiosk.token, order.id);
      expect(final.state).toBe("cancelled");
      expect(final.transactionNo).toBeUndefined();
      const page = await call(new URL(order.qrPayload).origin, "GET", new URL(order.qrPayload).pathname);
      expect(page.text).toContain("未扣款");
      expect(page.text).not.toContain("<form");
    });

    it("a held status read answers as soon as the payer pays", async () => {
      const { central } = get();
      const kiosk = await enroll(central);
      const order = await open(central, kiosk.token, fineRequest());
      const held = read(central, kiosk.token, order.id, "?wait=10&since=pending");
      await new Promise((resolve) => setTimeout(resolve, 300));
      await payer(order, "pay");
      const seen = await held;
      expect(seen.state).toBe("paid");
      expect(seen.transactionNo).toBeDefined();
      // Already past the state it was asked to wait on, it answers at once (the test would time out).
      expect((await read(central, kiosk.token, order.id, "?wait=25&since=pending")).state).toBe("paid");
    });

    it("bills come from the answers, and bad or foreign requests are refused plainly", async () => {
      const { central } = get();
      const kiosk = await enroll(central);
      const other = await enroll(central);
      const fee = await open(central, kiosk.token, {
        submissionId: randomUUID(),
        serviceId: "social-insurance-fee-payment",
        answers: { feeType: "resident-pension", months: "12", payMethod: "alipay" },
      });
      expect(fee.amountFen).toBe(2_500 * 12);
      const post = (body: unknown, token = kiosk.token) =>
        call(central.url, "POST", "/v1/payments/orders", { token, body });
      expect((await post(fineRequest({ answers: { decisionNo: "12" } }))).json).toMatchObject({
        error: { code: "no_bill", zh: "未查到待缴费用，请核对填写的信息" },
      });
      expect((await post(fineRequest({ serviceId: "social-insurance-status" }))).status).toBe(422);
      expect((await post(fineRequest({ serviceId: "no-such-service" }))).status).toBe(422);
      expect((await post({ submissionId: "not-a-uuid", serviceId: "x", answers: {} })).status).toBe(400);
      expect((await post(fineRequest(), "wrong-token")).status).toBe(401);
      // Another kiosk's order looks like no order at all.
      expect((await call(central.url, "GET", paymentOrderPath(fee.id), { token: other.token })).status).toBe(
        404,
      );
      expect(
        (await call(central.url, "POST", paymentCancelPath(fee.id), { token: other.token })).status,
      ).toBe(404);
      expect((await call(central.url, "GET", paymentOrderPath("nope"), { token: kiosk.token })).status).toBe(
        400,
      );
      expect(
        (await call(central.url, "GET", `${paymentOrderPath(fee.id)}?wait=999`, { token: kiosk.token }))
          .status,
      ).toBe(400);
      // Made-up pay links and actions lead nowhere.
      expect((await call(central.url, "GET", "/sim/pay/made-up-token")).status).toBe(404);
      expect((await call(central.url, "POST", "/sim/pay/made-up-token/pay")).status).toBe(404);
      const link = new URL(fee.qrPayload).pathname;
      expect((await call(central.url, "POST", `${link}/refund`)).status).toBe(404);
      expect((await read(central, kiosk.token, fee.id)).state).toBe("pending");
      // A plain HTML form post (what the phone sends) is accepted.
      const form = await call(central.url, "POST", `${link}/decline`, {
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "",
      });
      expect(form.status).toBe(200);
      expect(form.text).toContain("已拒绝支付");
    });
  });
}
