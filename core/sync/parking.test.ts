import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { HeartbeatRequest, SubmissionRequest } from "../../central/protocol";
import { getOutboxRow } from "../store/outbox";
import { openKioskStore } from "../store/kiosk-store";
import { KioskConfig } from "../../kiosk-config/config/schema";
import { SyncEngine, type SyncEngineOptions } from "./engine";
import { parkLimitsOf } from "./park-limits";
import { ManualClock } from "../../test/support/manual-clock";
import { type ScriptedReply, type SeenRequest, startScriptedCentral } from "./testing";

const data = (n: number) => ({ answers: { q: `answer ${n}` } });
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/**
 * A real HTTP central that accepts every submission except those `failing` names, which it
 * answers with a 500 (or hangs up on, for a network failure), and records each heartbeat.
 */
async function setup(options: Partial<SyncEngineOptions> = {}) {
  const dir = mkdtempSync(join(tmpdir(), "kiosk-parking-"));
  const store = await openKioskStore({ dataDir: dir });
  const failing = new Map<string, "500" | "hang-up">();
  const accepted: string[] = [];
  const heartbeats: HeartbeatRequest[] = [];
  const central = await startScriptedCentral((req: SeenRequest): ScriptedReply | "hang-up" => {
    if (req.path === "/v1/enroll") return { status: 201, body: { kioskId: "kiosk-1", token: "t0ken" } };
    if (req.path === "/v1/heartbeat") {
      heartbeats.push(req.body as HeartbeatRequest);
      return {
        status: 200,
        body: {
          serverTime: new Date().toISOString(),
          desiredConfigVersion: 0,
          catalogVersion: "",
          heartbeatIntervalSeconds: 60,
        },
      };
    }
    if (req.path === "/v1/submissions") {
      const body = req.body as SubmissionRequest;
      const failure = failing.get(body.id);
      if (failure === "hang-up") return "hang-up";
      if (failure === "500")
        return { status: 500, body: { error: { code: "bug", zh: "内部错误", en: "internal error" } } };
      accepted.push(body.id);
      return {
        status: 201,
        body: {
          id: body.id,
          serviceId: body.serviceId,
          status: "accepted",
          trackingNo: `FZ-${accepted.length}`,
          receivedAt: new Date().toISOString(),
        },
      };
    }
    return { status: 404, body: { error: { code: "not-found", zh: "无", en: "none" } } };
  });
  const clock = new ManualClock();
  const engine = new SyncEngine({
    store,
    appVersion: "test",
    clock,
    batchSize: 1,
    backoff: { random: () => 0 },
    onError: () => undefined,
    ...options,
  });
  await engine.enroll({ centralUrl: central.url, code: "CODE", name: "测试机" });
  cleanups.push(async () => {
    await engine.stop();
    await central.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const enqueue = (n: number) => store.outbox.enqueue("svc", data(n), { nextAttemptAt: clock.now() });
  return { store, engine, clock, failing, accepted, heartbeats, enqueue };
}

describe("outbox parking", () => {
  it("parks a head item that keeps failing with 5xx, and the items behind it go", async () => {
    const t = await setup({ parkAfter: { attempts: 3 } });
    const stuck = t.enqueue(1);
    const behind = [t.enqueue(2), t.enqueue(3)];
    t.failing.set(stuck.id, "500");

    for (let i = 0; i < 2; i++) {
      const report = await t.engine.syncNow();
      expect(report.sent).toBe(0);
    }
    expect(t.accepted).toEqual([]);
    // The third 5xx in a row parks it; the same drain goes on with the rest.
    const report = await t.engine.syncNow();
    expect(report.sent).toBe(2);
    expect(t.accepted).toEqual(behind.map((b) => b.id));

    const status = t.engine.status();
    expect(status.outboxDepth).toBe(0);
    expect(status.parked).toEqual([expect.objectContaining({ id: stuck.id, serviceId: "svc", attempts: 3 })]);
    expect(status.parked[0]?.reason).toMatch(/failed 3 times; last error: HTTP 500/);
    // Still sealed in the store: nothing of the resident is lost.
    expect(getOutboxRow(t.store.db, stuck.id)?.payload).not.toBeNull();
    expect(t.store.outbox.data(stuck.id)).toEqual(data(1));

    await t.engine.syncNow();
    expect(t.heartbeats.at(-1)).toMatchObject({ parkedCount: 1, outboxDepth: 0 });
  });

  it("reads the limits from the live config at each decision, so a pushed config applies at once", async () => {
    let config = KioskConfig.parse({});
    const t = await setup({ parkAfter: () => parkLimitsOf(config.outbox) });
    const stuck = t.enqueue(1);
    t.failing.set(stuck.id, "500");

    // Under the default (50) two 5xx park nothing.
    for (let i = 0; i < 2; i++) await t.engine.syncNow();
    expect(t.engine.status().parked).toEqual([]);
    expect(t.store.outbox.get(stuck.id)).toMatchObject({ serverFailures: 2 });

    // The fleet lowers the limit to 3; the engine is not rebuilt, and the third 5xx parks the item.
    config = KioskConfig.parse({ outbox: { parkAfterAttempts: 3 } });
    await t.engine.syncNow();
    const status = t.engine.status();
    expect(status.outboxDepth).toBe(0);
    expect(status.parked).toEqual([expect.objectContaining({ id: stuck.id, attempts: 3 })]);
    expect(status.parked[0]?.reason).toMatch(/^failed 3 times; last error: HTTP 500/);

    // The hours limit is read the same way: a second item parks after 2 h once the fleet says 2.
    const late = t.enqueue(2);
    t.failing.set(late.id, "500");
    await t.engine.syncNow();
    t.clock.advance(2 * 3_600_000);
    await t.engine.syncNow();
    expect(t.engine.status().parked.map((p) => p.id)).toEqual([stuck.id]);
    config = KioskConfig.parse({ outbox: { parkAfterHours: 2 } });
    t.clock.advance(60_000);
    await t.engine.syncNow();
    expect(t.engine.status().parked.map((p) => p.id)).toEqual([stuck.id, late.id]);
  });

  it("a technician's retry sends a parked item again; a discard erases it as rejected", async () => {
    const t = await setup({ parkAfter: { attempts: 1 } });
    const a = t.enqueue(1);
    const b = t.enqueue(2);
    t.failing.set(a.id, "500");
    t.failing.set(b.id, "500");
    await t.engine.syncNow();
    expect(t.engine.status().parked.map((p) => p.id)).toEqual([a.id, b.id]);

    t.failing.delete(a.id);
    expect(t.engine.retryParked(a.id)).toBe(true);
    expect(t.engine.retryParked(a.id)).toBe(false);
    await t.engine.syncNow();
    expect(t.accepted).toEqual([a.id]);

    expect(t.engine.discardParked(b.id)).toBe(true);
    expect(t.engine.discardParked(b.id)).toBe(false);
    const status = t.engine.status();
    expect(status.parked).toEqual([]);
    expect(status.rejected[0]).toMatchObject({ id: b.id });
    expect(status.rejected[0]?.reason).toMatch(/^discarded by a technician/);
    expect(getOutboxRow(t.store.db, b.id)?.payload).toBeNull();
  });

  it("parks after the time limit even with few attempts", async () => {
    const t = await setup({ parkAfter: { attempts: 1000, ms: 24 * 3_600_000 } });
    const stuck = t.enqueue(1);
    t.failing.set(stuck.id, "500");
    await t.engine.syncNow();
    t.clock.advance(23 * 3_600_000);
    await t.engine.syncNow();
    expect(t.engine.status().parked).toEqual([]);
    t.clock.advance(3_600_000);
    await t.engine.syncNow();
    expect(t.engine.status().parked[0]?.reason).toMatch(
      /^failing since 2026-11-27T08:00:00.000Z \(3 times\)/,
    );
  });

  it("never parks for a network outage, however long", async () => {
    const t = await setup({ parkAfter: { attempts: 2, ms: 60_000 } });
    const item = t.enqueue(1);
    t.failing.set(item.id, "hang-up");
    for (let i = 0; i < 5; i++) {
      await t.engine.syncNow();
      t.clock.advance(48 * 3_600_000);
    }
    const status = t.engine.status();
    expect(status.parked).toEqual([]);
    expect(status.outboxDepth).toBe(1);
    expect(t.store.outbox.get(item.id)).toMatchObject({ attempts: 5, serverFailures: 0 });
  });
});
