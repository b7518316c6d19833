import { afterEach, describe, expect, it } from "vitest";
import type { SubmissionRequest } from "../../central/protocol";
import { MaintenanceAction } from "../../core/api";
import { storeRecords } from "../../core/maintenance/records";
import { listEvents } from "../../core/store/events";
import { type KioskStore, openKioskStore } from "../../core/store/kiosk-store";
import { SyncEngine } from "../../core/sync/engine";
import { startScriptedCentral } from "../../core/sync/testing";
import { ManualClock } from "../support/manual-clock";
import { TEST_PIN, tempDir, testRuntime } from "../support/runtime";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A real store and sync engine against a real HTTP central that fails one submission with 500s. */
async function kioskWithStuckItem() {
  const store: KioskStore = await openKioskStore({ dataDir: tempDir("kiosk-parked-") });
  let failing = true;
  const accepted: string[] = [];
  const central = await startScriptedCentral((req) => {
    if (req.path === "/v1/enroll") return { status: 201, body: { kioskId: "kiosk-1", token: "t0ken" } };
    if (req.path === "/v1/submissions") {
      const body = req.body as SubmissionRequest;
      if (failing)
        return { status: 500, body: { error: { code: "bug", zh: "内部错误", en: "internal error" } } };
      accepted.push(body.id);
      return {
        status: 201,
        body: {
          id: body.id,
          serviceId: body.serviceId,
          status: "accepted",
          trackingNo: "FZ-1",
          receivedAt: new Date().toISOString(),
        },
      };
    }
    return { status: 404, body: { error: { code: "not-found", zh: "无", en: "none" } } };
  });
  const engine = new SyncEngine({
    store,
    appVersion: "test",
    clock: new ManualClock(),
    backoff: { random: () => 0 },
    parkAfter: { attempts: 1 },
    onError: () => undefined,
  });
  await engine.enroll({ centralUrl: central.url, code: "CODE", name: "测试机" });
  cleanups.push(async () => {
    await engine.stop();
    await central.close();
    store.close();
  });
  const runtime = testRuntime({
    sync: {
      status: () => engine.status(),
      on: engine.on.bind(engine),
      submit: (serviceId, data) => engine.submit(serviceId, data),
      syncNow: () => engine.syncNow(),
      retryParked: (id) => engine.retryParked(id),
      discardParked: (id) => engine.discardParked(id),
    },
    records: storeRecords(store.db, () => new Date()),
  });
  return { store, engine, runtime, accepted, recover: () => (failing = false) };
}

describe("parked submissions in the maintenance menu", () => {
  it("are listed, sent again or discarded by a technician, and every step is audited", async () => {
    const t = await kioskWithStuckItem();
    const a = t.store.outbox.enqueue("svc", { answers: { n: "1" } });
    const b = t.store.outbox.enqueue("svc", { answers: { n: "2" } });
    await t.engine.syncNow();
    await t.engine.syncNow();

    const { handlers } = t.runtime;
    expect(await handlers.unlockMaintenance({ pin: "000000" })).toMatchObject({ ok: false });
    const unlocked = await handlers.unlockMaintenance({ pin: TEST_PIN });
    if (!unlocked.ok) throw new Error("the test PIN should open the menu");
    const { token } = unlocked;
    const report = await handlers.getMaintenanceReport({ token });
    expect(report.outbox.parked.map((p) => p.id)).toEqual([a.id, b.id]);
    expect(report.outbox.parked[0]?.reason).toMatch(/HTTP 500/);

    t.recover();
    const retried = await handlers.runMaintenanceAction({
      token,
      action: { kind: "outbox-retry", id: a.id },
    });
    expect(retried.ok).toBe(true);
    await t.engine.syncNow();
    expect(t.accepted).toEqual([a.id]);

    const discarded = await handlers.runMaintenanceAction({
      token,
      action: { kind: "outbox-discard", id: b.id },
    });
    expect(discarded.ok).toBe(true);
    const again = await handlers.runMaintenanceAction({
      token,
      action: { kind: "outbox-discard", id: b.id },
    });
    expect(again.ok).toBe(false);
    const after = await handlers.getMaintenanceReport({ token });
    expect(after.outbox.parked).toEqual([]);
    expect(after.outbox.rejected[0]?.reason).toMatch(/^discarded by a technician/);
    // At the call boundary a forged id is refused by the schema before any handler runs.
    expect(
      MaintenanceAction.safeParse({ kind: "outbox-discard", id: "x'; DROP TABLE outbox;--" }).success,
    ).toBe(false);
    await handlers.lockMaintenance({ token });

    const audit = listEvents(t.store.db, { kind: "audit", limit: 20 })
      .reverse()
      .map((e) => {
        const detail =
          e.detail === null ? {} : (JSON.parse(e.detail) as { kind?: string; ok?: boolean; id?: string });
        return [e.code, detail.kind, detail.ok, detail.id].filter((x) => x !== undefined).join(" ");
      });
    expect(audit).toEqual([
      "pin-refused",
      "pin-accepted",
      `action outbox-retry true ${a.id}`,
      `action outbox-discard true ${b.id}`,
      `action outbox-discard false ${b.id}`,
      "menu-locked",
    ]);
  });
});
