import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { PaymentOrder, paymentOrderPath, paymentRefundPath } from "../../../central/protocol";
import type { SuiteContext } from "../contract";
import { call, enroll, MANAGER_TOKEN, startTestCentral, type TestCentral } from "../harness";
import { managerSession } from "./managers";

async function openFine(central: TestCentral, token: string): Promise<PaymentOrder> {
  const reply = await call(central.url, "POST", "/v1/payments/orders", {
    token,
    body: {
      submissionId: randomUUID(),
      serviceId: "traffic-fine-payment",
      answers: { decisionNo: "3501022026120302", payMethod: "alipay" },
    },
  });
  expect(reply.status, reply.text).toBe(201);
  return PaymentOrder.parse(reply.json);
}

const pay = async (order: PaymentOrder) => {
  const link = new URL(order.qrPayload);
  const reply = await call(link.origin, "POST", `${link.pathname}/pay`, { headers: { accept: "application/json" } });
  expect(reply.status).toBe(200);
};

export function paymentRefundsSuite(get: () => SuiteContext): void {
  describe("payment refunds and the public pay address", () => {
    it("an operator refunds a paid order once, audited; a repeat answers the refunded order and pays out nothing more", async () => {
      const { central } = get();
      const kiosk = await enroll(central, "退款测试");
      const order = await openFine(central, kiosk.token);
      await pay(order);
      const operator = await managerSession(central, "rui.refunds", "operator");
      const refund = (token: string | undefined, body: unknown = { reason: "重复缴费" }) =>
        call(central.url, "POST", paymentRefundPath(order.id), { ...(token ? { token } : {}), body });

      const first = await refund(operator);
      expect(first.status, first.text).toBe(200);
      expect(PaymentOrder.parse(first.json)).toMatchObject({ id: order.id, state: "refunded" });
      const again = await refund(operator);
      expect(again.status).toBe(200);
      expect(PaymentOrder.parse(again.json).state).toBe("refunded");

      // The provider's side moved too, and the kiosk reads the refund.
      const token = new URL(order.qrPayload).pathname.split("/").at(-1) ?? "";
      const sim = await central.db.db
        .selectFrom("sim_payments")
        .select("state")
        .where("token", "=", token)
        .executeTakeFirstOrThrow();
      expect(sim.state).toBe("refunded");
      const read = await call(central.url, "GET", paymentOrderPath(order.id), { token: kiosk.token });
      expect(PaymentOrder.parse(read.json).state).toBe("refunded");
      const audits = await central.db.db
        .selectFrom("audit")
        .select(["actor", "detail_json"])
        .where("action", "=", "payment.refund")
        .execute();
      const mine = audits.filter((a) => a.detail_json.includes(order.id));
      expect(mine).toHaveLength(1);
      expect(mine[0]?.actor).toBe("manager:rui.refunds");
      expect(mine[0]?.detail_json).toContain("重复缴费");
    });

    it("refuses viewers, kiosks, unpaid orders, unknown orders and refunds without a reason", async () => {
      const { central } = get();
      const kiosk = await enroll(central);
      const unpaid = await openFine(central, kiosk.token);
      const viewer = await managerSession(central, "vic.payviewer", "viewer");
      const post = (id: string, token: string, body: unknown = { reason: "测试" }) =>
        call(central.url, "POST", paymentRefundPath(id), { token, body });
      expect((await post(unpaid.id, viewer)).status).toBe(403);
      expect((await post(unpaid.id, kiosk.token)).status).toBe(401);
      const notPaid = await post(unpaid.id, MANAGER_TOKEN);
      expect(notPaid.status).toBe(409);
      expect(notPaid.json).toMatchObject({ error: { code: "not_refundable" } });
      expect((await post(randomUUID(), MANAGER_TOKEN)).status).toBe(404);
      expect((await post("not-a-uuid", MANAGER_TOKEN)).status).toBe(400);
      expect((await post(unpaid.id, MANAGER_TOKEN, {})).status).toBe(400);
      expect((await post(unpaid.id, MANAGER_TOKEN, { reason: "x".repeat(201) })).status).toBe(400);
      // Refused refunds changed nothing: the order can still be paid.
      await pay(unpaid);
      const read = await call(central.url, "GET", paymentOrderPath(unpaid.id), { token: kiosk.token });
      expect(PaymentOrder.parse(read.json).state).toBe("paid");
    });

    it("pay links point at CENTRAL_PUBLIC_URL where it is set, else at the address the kiosk used", async () => {
      const { central, backend } = get();
      const own = await openFine(central, (await enroll(central)).token);
      expect(own.qrPayload.startsWith(`${central.url}/sim/pay/`)).toBe(true);
      const fronted = await startTestCentral(backend, { publicUrl: "https://pay.efuzhou.test/" });
      try {
        const order = await openFine(fronted, (await enroll(fronted)).token);
        expect(order.qrPayload).toMatch(/^https:\/\/pay\.efuzhou\.test\/sim\/pay\/[A-Za-z0-9_-]{20,}$/);
      } finally {
        await fronted.close();
      }
    });
  });
}
