import { afterEach, describe, expect, it } from "vitest";
import type { EventPayload } from "../../core/api";
import { storeRecords } from "../../core/maintenance/records";
import { dispatch } from "../../core/rpc";
import { openKioskStore } from "../../core/store/kiosk-store";
import type { KioskRuntime } from "../../core/runtime";
import { offlineSync, tempDir, testRuntime } from "../support/runtime";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function nextCardRead(runtime: KioskRuntime): Promise<EventPayload<"card-read">> {
  return new Promise((resolve) => {
    const off = runtime.events.on("card-read", (payload) => {
      off();
      resolve(payload);
    });
  });
}

describe("a submission when the kiosk's disk is full", () => {
  it("is refused in plain words, nothing half-saved, and the technician sees an alert", async () => {
    const store = await openKioskStore({ dataDir: tempDir("kiosk-full-") });
    const saved = store.outbox.enqueue("svc", { answers: { a: "saved before" } });
    // The real outbox on a real SQLite file that cannot grow by one more page.
    store.db.pragma(`max_page_count = ${String(store.db.pragma("page_count", { simple: true }))}`);
    const runtime = testRuntime({
      sync: {
        ...offlineSync,
        submit: (serviceId, data) => {
          store.outbox.enqueue(serviceId, { ...(data as Record<string, unknown>), pad: "x".repeat(200_000) });
          return Promise.reject(new Error("unreachable: the enqueue above must throw"));
        },
      },
      records: storeRecords(store.db, () => new Date()),
    });
    await runtime.start();
    cleanups.push(async () => {
      await runtime.stop();
      store.close();
    });

    const read = nextCardRead(runtime);
    const unlocked = await runtime.handlers.unlockMaintenance({ pin: "246810" });
    if (!unlocked.ok) throw new Error("test PIN refused");
    await runtime.handlers.runMaintenanceAction({
      token: unlocked.token,
      action: { kind: "sim-place-card", cardType: "resident", adult: true },
    });
    const { sessionId } = await read;
    const reply = await dispatch(runtime.handlers, "submitService", {
      sessionId,
      serviceId: "newborn-med-insurance",
      answers: {
        childName: "林小安",
        childSex: "male",
        childBirthDate: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10),
        birthCertificateNo: "Q350100001",
        relationship: "father",
        phone: "13800000000",
      },
    });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe("failed");
    expect(reply.error.message).toMatch(/^disk-full: 本机存储空间已满，这次申请没有保存/);

    expect(store.outbox.depth()).toBe(1);
    expect(store.outbox.data(saved.id)).toEqual({ answers: { a: "saved before" } });
    const report = await runtime.handlers.getMaintenanceReport({ token: unlocked.token });
    expect(report.alerts.map((a) => a.code)).toEqual(["disk-full"]);
  });
});
