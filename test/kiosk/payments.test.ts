import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PaymentOrder } from "../../central/protocol";
import { KioskCallError } from "../../core/api";
import {
  cancelPayment,
  openPayment,
  PaymentKeys,
  type PaymentParts,
  paymentStatus,
  reconcilePayments,
} from "../../core/services/payment-service";
import { openKioskStore, type KioskStore } from "../../core/store/kiosk-store";
import { loadIdentity } from "../../core/store/identity";
import { openPayments, paymentFor } from "../../core/store/payments";
import { SyncEngine } from "../../core/sync/engine";
import { CentralClient } from "../../core/sync/central-client";
import {
  call,
  enroll,
  startBackend,
  startTestCentral,
  type Backend,
  type TestCentral,
} from "../central/harness";

let backend: Backend;
let central: TestCentral;
let store: KioskStore;
let dir = "";
let token = "";
let online = true;

beforeAll(async () => {
  backend = await startBackend("sqlite");
  central = await startTestCentral(backend);
  token = (await enroll(central, "缴费终端")).token;
  dir = mkdtempSync(join(tmpdir(), "kiosk-pay-"));
  store = await openKioskStore({ dataDir: dir });
});
afterAll(async () => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
  await central.close();
  await backend.stop();
});

// Offline is a real refused connection (nothing listens on port 1), not a flag the code checks.
const parts = (): PaymentParts => ({
  db: store.db,
  central: () =>
    Promise.resolve(
      new CentralClient({ baseUrl: online ? central.url : "http://127.0.0.1:1", token, timeoutMs: 30_000 }),
    ),
  now: () => new Date(),
});

const keys = new PaymentKeys();
const fine = (sessionId: string) => ({
  submissionId: keys.keyFor(sessionId, "traffic-fine-payment"),
  serviceId: "traffic-fine-payment",
  answers: { decisionNo: "350102202612311", payMethod: "wechat" },
});

const payer = async (order: PaymentOrder, action: "pay" | "decline") => {
  const link = new URL(order.qrPayload);
  return call(link.origin, "POST", `${link.pathname}/${action}`, { headers: { accept: "application/json" } });
};

describe("kiosk payment flow against a real central", () => {
  it("opens one order per session however often it retries, and sees the payment the moment it lands", async () => {
    online = true;
    const first = await openPayment(parts(), fine("session-a"));
    const again = await openPayment(parts(), fine("session-a"));
    expect(again.id).toBe(first.id);
    expect(paymentFor(store.db, first.id)).toMatchObject({ state: "pending", amountFen: first.amountFen });
    const held = paymentStatus(parts(), first.id, { waitSeconds: 10, since: "pending" });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await payer(first, "pay");
    const paid = await held;
    expect(paid.state).toBe("paid");
    expect(paymentFor(store.db, first.id)).toMatchObject({
      state: "paid",
      transactionNo: paid.transactionNo,
    });
  });

  it("a cancel records nothing charged, and a declined payment likewise", async () => {
    online = true;
    const order = await openPayment(parts(), fine("session-b"));
    const cancelled = await cancelPayment(parts(), order.id);
    expect(cancelled.state).toBe("cancelled");
    expect(paymentFor(store.db, order.id)).toMatchObject({ state: "cancelled", transactionNo: null });
    const other = await openPayment(parts(), fine("session-c"));
    await payer(other, "decline");
    expect((await paymentStatus(parts(), other.id)).state).toBe("declined");
  });

  it("a kiosk that goes offline mid-payment learns of the payment when it is back, and keeps it", async () => {
    online = true;
    const order = await openPayment(parts(), fine("session-d"));
    online = false;
    // The resident pays on the phone (the phone has its own network) while the kiosk is cut off.
    await payer(order, "pay");
    const failed = await paymentStatus(parts(), order.id).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(KioskCallError);
    expect((failed as KioskCallError).code).toBe("offline");
    expect(await reconcilePayments(parts())).toEqual([]);
    expect(openPayments(store.db).map((p) => p.orderId)).toContain(order.id);

    online = true;
    const settled = await reconcilePayments(parts());
    expect(settled.map((o) => [o.id, o.state])).toContainEqual([order.id, "paid"]);
    const kept = paymentFor(store.db, order.id);
    expect(kept?.state).toBe("paid");
    expect(kept?.transactionNo).toMatch(/^SIM\d{20}$/);
    expect(openPayments(store.db).map((p) => p.orderId)).not.toContain(order.id);
    // A second round changes nothing.
    expect(await reconcilePayments(parts())).toEqual([]);
    expect(paymentFor(store.db, order.id)).toEqual(kept);
  });
});

describe("the sync engine reconciles payments", () => {
  it("records a payment made after the resident left, on a heartbeat, with no one at the screen", async () => {
    const engineDir = mkdtempSync(join(tmpdir(), "kiosk-pay-sync-"));
    const engineStore = await openKioskStore({ dataDir: engineDir });
    const engine = new SyncEngine({ store: engineStore, appVersion: "test", heartbeatIntervalMs: 300 });
    try {
      const code = await central.server.createEnrollmentCode();
      await engine.enroll({ centralUrl: central.url, code, name: "心跳对账" });
      const identity = loadIdentity(engineStore.db, engineStore.sealer);
      if (identity === undefined) throw new Error("not enrolled");
      const kioskParts: PaymentParts = {
        db: engineStore.db,
        central: () => Promise.resolve(new CentralClient({ baseUrl: central.url, token: identity.token })),
        now: () => new Date(),
      };
      const order = await openPayment(kioskParts, {
        ...fine("session-e"),
        submissionId: keys.keyFor("e", "x"),
      });
      // The resident walked away; the phone pays later.
      await payer(order, "pay");
      expect(paymentFor(engineStore.db, order.id)?.state).toBe("pending");
      engine.start();
      await vi.waitFor(() => expect(paymentFor(engineStore.db, order.id)?.state).toBe("paid"), {
        timeout: 10_000,
        interval: 100,
      });
      expect(paymentFor(engineStore.db, order.id)?.transactionNo).toMatch(/^SIM/);
    } finally {
      await engine.stop();
      engineStore.close();
      rmSync(engineDir, { recursive: true, force: true });
    }
  });
});
