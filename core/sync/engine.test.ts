import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MAX_BATCH_BYTES, type SubmissionRequest } from "../../central/protocol";
import { type KioskStore, openKioskStore } from "../store/kiosk-store";
import { SyncEngine, type SyncEngineOptions } from "./engine";
import { SyncError } from "./errors";
import { ManualClock } from "../../test/support/manual-clock";
import { type ScriptedReply, type SeenRequest, startScriptedCentral } from "./testing";

const data = (n: number) => ({
  answers: { q: `answer ${n}` },
  identity: {
    name: "测试居民",
    idNumber: "35010219900101123X",
    birthDate: "1990-01-01",
    sex: "女",
    cardType: "id",
  },
});

type Route = (request: SeenRequest) => ScriptedReply | "hang-up";

/** A scripted central that enrolls anyone and, by default, accepts every submission once. */
async function setup(
  routes: { submit?: Route; batch?: Route; other?: Route } = {},
  options: Partial<SyncEngineOptions> = {},
) {
  const dir = mkdtempSync(join(tmpdir(), "kiosk-sync-"));
  const store = await openKioskStore({ dataDir: dir });
  const received = new Map<string, SubmissionRequest>();
  const accept: Route = (req) => {
    const body = req.body as SubmissionRequest;
    const replayed = received.has(body.id);
    received.set(body.id, body);
    return {
      status: replayed ? 200 : 201,
      body: {
        id: body.id,
        serviceId: body.serviceId,
        status: "accepted",
        trackingNo: `FZ-${received.size}`,
        receivedAt: new Date().toISOString(),
      },
    };
  };
  const central = await startScriptedCentral((req) => {
    if (req.path === "/v1/enroll") return { status: 201, body: { kioskId: "kiosk-1", token: "t0ken" } };
    if (req.path === "/v1/submissions") return (routes.submit ?? accept)(req);
    if (req.path === "/v1/submissions/batch") {
      if (routes.batch !== undefined) return routes.batch(req);
      const items = (req.body as { items: SubmissionRequest[] }).items;
      const results = items.map((item) => {
        const reply = accept({ ...req, body: item });
        if (reply === "hang-up") throw new Error("unreachable");
        return { id: item.id, status: reply.status, replayed: reply.status === 200, reply: reply.body };
      });
      return { status: 200, body: { results } };
    }
    return (
      routes.other?.(req) ?? { status: 404, body: { error: { code: "not-found", zh: "无", en: "none" } } }
    );
  });
  const clock = new ManualClock();
  const engine = new SyncEngine({
    store,
    appVersion: "test",
    clock,
    backoff: { random: () => 0 },
    ...options,
  });
  await engine.enroll({ centralUrl: central.url, code: "CODE", name: "测试机" });
  const cleanup = async () => {
    await engine.stop();
    await central.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  };
  cleanups.push(cleanup);
  return { store, central, clock, engine, received, accept };
}
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const unavailable: ScriptedReply = {
  status: 503,
  body: { error: { code: "down", zh: "维护中", en: "maintenance" } },
};

describe("SyncEngine.submit", () => {
  it("online: returns the central decision in the same call, with the idempotency key", async () => {
    const t = await setup({
      submit: (req) => {
        const body = req.body as SubmissionRequest;
        return {
          status: 201,
          body: {
            id: body.id,
            serviceId: body.serviceId,
            status: "approved",
            trackingNo: "FZ-9",
            reasons: [{ code: "ok", zh: "符合条件", en: "eligible" }],
            receivedAt: new Date().toISOString(),
          },
        };
      },
    });
    const result = await t.engine.submit("newborn", data(1));
    expect(result).toMatchObject({ status: "approved", referenceNo: "FZ-9", queued: false });
    expect(result.reasons[0]?.code).toBe("ok");
    const sent = t.central.seen.find((r) => r.path === "/v1/submissions");
    expect(sent?.headers["idempotency-key"]).toBe(result.id);
    expect(sent?.headers.authorization).toBe("Bearer t0ken");
    expect(t.store.outbox.get(result.id)?.state).toBe("sent");
    expect(t.engine.status()).toMatchObject({ online: true, outboxDepth: 0 });
  });

  it("network trouble: stays durable in the outbox, answers queued, and drains later exactly once", async () => {
    let down = true;
    const t = await setup({ submit: (req) => (down ? unavailable : t.accept(req)) });
    const settled: string[] = [];
    t.engine.on("submission-settled", (s) => settled.push(s.id));
    const result = await t.engine.submit("report", data(2));
    expect(result).toMatchObject({ status: "accepted", queued: true });
    expect(result.referenceNo).toMatch(/^L-[0-9A-F]{10}$/);
    expect(t.engine.status()).toMatchObject({ outboxDepth: 1, online: false });

    down = false;
    const report = await t.engine.syncNow();
    expect(report.sent).toBe(1);
    expect(settled).toEqual([result.id]);
    expect([...t.received.keys()]).toEqual([result.id]);
    expect(t.engine.status().outboxDepth).toBe(0);
  });

  it("a refusal throws with the reason, keeps it for the maintenance menu, and blocks nothing", async () => {
    const t = await setup({
      submit: (req) =>
        (req.body as SubmissionRequest).serviceId === "nope"
          ? {
              status: 422,
              body: { error: { code: "unknown-service", zh: "没有这项业务", en: "unknown service" } },
            }
          : t.accept(req),
    });
    const error = await t.engine.submit("nope", data(3)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncError);
    expect((error as SyncError).code).toBe("submission-refused");
    expect((error as SyncError).messageZh).toContain("没有这项业务");
    const rejected = t.engine.status().rejected;
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ serviceId: "nope" });
    expect(rejected[0]?.reason).toContain("unknown-service");
    expect((await t.engine.submit("ok", data(4))).queued).toBe(false);
  });

  it("a service that may not wait offline is withdrawn when the service is certainly unreachable", async () => {
    const t = await setup({}, { allowsOffline: (id) => id !== "instant" });
    await t.central.close();
    const error = await t.engine.submit("instant", data(5)).catch((e: unknown) => e);
    expect((error as SyncError).code).toBe("offline-not-allowed");
    expect(t.engine.status().outboxDepth).toBe(0);
    expect((await t.engine.submit("report", data(6))).queued).toBe(true);
  });

  it("refuses data that does not match the contract before storing anything", async () => {
    const t = await setup();
    await expect(t.engine.submit("x", { answers: { q: { nested: 1 } } })).rejects.toThrow(/does not match/);
    expect(t.engine.status().outboxDepth).toBe(0);
  });
});

describe("SyncEngine drain", () => {
  async function queueOffline(t: Awaited<ReturnType<typeof setup>>, serviceIds: string[]): Promise<string[]> {
    const ids: string[] = [];
    for (const serviceId of serviceIds) ids.push((await t.engine.submit(serviceId, data(ids.length))).id);
    return ids;
  }

  it("sends in order, one by one when batching is off; a rejected middle item never blocks the rest", async () => {
    let down = true;
    const order: string[] = [];
    const t = await setup(
      {
        submit: (req) => {
          if (down) return unavailable;
          const body = req.body as SubmissionRequest;
          order.push(body.serviceId);
          if (body.serviceId === "bad")
            return { status: 400, body: { error: { code: "bad", zh: "格式错误", en: "malformed" } } };
          return t.accept(req);
        },
      },
      { batchSize: 1 },
    );
    await queueOffline(t, ["a", "bad", "c"]);
    down = false;
    const report = await t.engine.syncNow();
    expect(report).toMatchObject({ sent: 2, rejected: 1 });
    expect(order).toEqual(["a", "bad", "c"]);
    expect(t.engine.status().rejected.map((r) => r.serviceId)).toEqual(["bad"]);
  });

  it("backs off after a retryable answer and waits for the head's time; 408, 429 and 401 are retried", async () => {
    const answers: ScriptedReply[] = [unavailable, { status: 429 }, { status: 408 }, { status: 401 }];
    let phase = "offline";
    const t = await setup({
      submit: (req) => {
        if (phase === "offline") return unavailable;
        const next = answers.shift();
        return next ?? t.accept(req);
      },
    });
    const [id] = await queueOffline(t, ["a"]);
    const first = t.store.outbox.get(id!);
    expect(first?.attempts).toBe(1);
    expect(first?.nextAttemptAt).toBe(t.clock.now() + 500);
    phase = "answers";
    for (let attempt = 2; attempt <= 5; attempt++) {
      const report = await t.engine.syncNow();
      expect(report.sent).toBe(0);
      expect(t.store.outbox.get(id!)?.attempts).toBe(attempt);
      // Not due yet: an unforced drain leaves the queue alone.
      const before = t.central.seen.length;
      expect((await t.engine.drainDue()).waitingUntil).toBe(t.store.outbox.get(id!)?.nextAttemptAt);
      expect(t.central.seen.length).toBe(before);
    }
    expect(t.store.outbox.get(id!)?.nextAttemptAt).toBe(t.clock.now() + (2 ** 4 * 1000) / 2);
    expect(t.engine.status().online).toBe(true);
    expect(t.engine.status().lastError).toMatch(/^HTTP 401/);
    expect((await t.engine.syncNow()).sent).toBe(1);
    expect(t.engine.status().lastError).toBeNull();
  });

  it("uploads a long queue in batches and falls back to single requests when the route is missing", async () => {
    let down = true;
    const t = await setup({ submit: (req) => (down ? unavailable : t.accept(req)) });
    const ids = await queueOffline(
      t,
      Array.from({ length: 7 }, (_, i) => `s${i}`),
    );
    down = false;
    const report = await t.engine.syncNow();
    expect(report.sent).toBe(7);
    const batches = t.central.seen.filter((r) => r.path === "/v1/submissions/batch");
    expect(batches).toHaveLength(1);
    expect((batches[0]?.body as { items: { id: string }[] }).items.map((i) => i.id)).toEqual(ids);

    let oldDown = true;
    const singles: string[] = [];
    const legacy = await setup({
      batch: () => ({ status: 404, body: { error: { code: "nf", zh: "无", en: "no route" } } }),
      submit: (req) => {
        if (oldDown) return unavailable;
        singles.push((req.body as SubmissionRequest).id);
        return legacy.accept(req);
      },
    });
    const legacyIds = await queueOffline(legacy, ["a", "b", "c"]);
    oldDown = false;
    expect((await legacy.engine.syncNow()).sent).toBe(3);
    expect(singles).toEqual(legacyIds);
  });

  it("keeps each batch under the contract's byte limit", async () => {
    const t = await setup();
    const photo = { mime: "image/jpeg", base64: "A".repeat(900_000) };
    // Queued directly (as after a long outage): 20 × 0.9 MB cannot go in one 16 MiB batch.
    const ids = Array.from(
      { length: 20 },
      (_, i) => t.store.outbox.enqueue("photo", { ...data(i), photos: [photo] }).id,
    );
    expect((await t.engine.syncNow()).sent).toBe(20);
    const batches = t.central.seen.filter((r) => r.path === "/v1/submissions/batch");
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) {
      expect(Buffer.byteLength(JSON.stringify(batch.body))).toBeLessThanOrEqual(MAX_BATCH_BYTES);
    }
    expect([...t.received.keys()].sort()).toEqual([...ids].sort());
  });

  it("batch items are settled one by one: ok, refused, retried", async () => {
    let down = true;
    const t = await setup({
      submit: () => unavailable,
      batch: (req) => {
        if (down) return unavailable;
        const items = (req.body as { items: SubmissionRequest[] }).items;
        const results = items.map((item, i) => {
          if (i === 1)
            return {
              id: item.id,
              status: 422,
              replayed: false,
              error: { code: "invalid", zh: "无效", en: "invalid" },
            };
          if (i === 2) return { id: item.id, status: 503, replayed: false };
          const reply = t.accept({ ...req, body: item });
          return reply === "hang-up"
            ? null
            : { id: item.id, status: 201, replayed: false, reply: reply.body };
        });
        return { status: 200, body: { results } };
      },
    });
    const ids = await queueOffline(t, ["a", "b", "c", "d"]);
    down = false;
    const report = await t.engine.syncNow();
    expect(report).toMatchObject({ sent: 2, rejected: 1 });
    expect(ids.map((id) => t.store.outbox.get(id)?.state)).toEqual(["sent", "rejected", "queued", "sent"]);
    expect(report.waitingUntil).toBe(t.store.outbox.get(ids[2]!)?.nextAttemptAt);
  });
});

describe("SyncEngine enrollment", () => {
  it("queues submissions made before enrollment and sends them once enrolled", async () => {
    const t = await setup();
    const dir = mkdtempSync(join(tmpdir(), "kiosk-sync-"));
    const store = await openKioskStore({ dataDir: dir });
    const engine = new SyncEngine({ store, appVersion: "test", clock: t.clock });
    cleanups.push(async () => {
      await engine.stop();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const early = await engine.submit("report", data(11));
    expect(early).toMatchObject({ queued: true, status: "accepted" });
    await engine.enroll({ centralUrl: t.central.url, code: "CODE", name: "后登记" });
    expect((await engine.syncNow()).sent).toBe(1);
    expect(t.received.has(early.id)).toBe(true);
  });

  it("keeps the identity: a new engine on the same store is enrolled at once", async () => {
    const t = await setup();
    expect(t.engine.enrolled).toBe(true);
    const again = new SyncEngine({ store: t.store, appVersion: "test" });
    expect(again.enrolled).toBe(true);
  });

  it("follows central to a new address with the same identity, and a new engine on the store does too", async () => {
    const t = await setup();
    const moved = await startScriptedCentral(() => ({
      status: 200,
      body: {
        serverTime: new Date().toISOString(),
        desiredConfigVersion: 0,
        catalogVersion: "",
        heartbeatIntervalSeconds: 60,
      },
    }));
    cleanups.push(() => moved.close());
    expect(t.engine.moveCentral(t.central.url)).toBe(false);
    expect(t.engine.moveCentral(moved.url)).toBe(true);
    await t.engine.syncNow();
    expect(moved.seen[0]).toMatchObject({
      path: "/v1/heartbeat",
      headers: { authorization: "Bearer t0ken" },
    });
    expect(t.central.seen.filter((r) => r.path === "/v1/heartbeat")).toEqual([]);
    const again = new SyncEngine({ store: t.store, appVersion: "test" });
    expect(again.moveCentral(moved.url)).toBe(false);
  });

  it("does not move before enrollment: enrollment saves the address", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kiosk-sync-"));
    const store = await openKioskStore({ dataDir: dir });
    cleanups.push(() => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    });
    const engine = new SyncEngine({ store, appVersion: "test" });
    expect(engine.moveCentral("http://127.0.0.1:9")).toBe(false);
    expect(engine.enrolled).toBe(false);
  });

  it("reports a refused code with the service's reason", async () => {
    const central = await startScriptedCentral(() => ({
      status: 409,
      body: { error: { code: "code-used", zh: "登记码已使用", en: "code already used" } },
    }));
    const dir = mkdtempSync(join(tmpdir(), "kiosk-sync-"));
    const store: KioskStore = await openKioskStore({ dataDir: dir });
    cleanups.push(async () => {
      await central.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const engine = new SyncEngine({ store, appVersion: "test" });
    const error = await engine
      .enroll({ centralUrl: central.url, code: "USED", name: "x" })
      .catch((e: unknown) => e);
    expect((error as SyncError).code).toBe("enrollment-failed");
    expect((error as SyncError).messageZh).toContain("登记码已使用");
    expect(engine.enrolled).toBe(false);
  });
});

describe("SyncEngine in the background", () => {
  async function backgroundSetup() {
    const state = { submissionsDown: true, heartbeatDown: true };
    const t = await setup({
      submit: (req) => (state.submissionsDown ? unavailable : t.accept(req)),
      other: (req) => {
        if (req.path !== "/v1/heartbeat") return { status: 404 };
        if (state.heartbeatDown) return unavailable;
        const serverTime = new Date(t.clock.now() + 5000).toISOString();
        return {
          status: 200,
          body: { serverTime, desiredConfigVersion: 0, catalogVersion: "", heartbeatIntervalSeconds: 60 },
        };
      },
    });
    const changes: boolean[] = [];
    t.engine.on("online-changed", (online) => changes.push(online));
    const settled: string[] = [];
    t.engine.on("submission-settled", (s) => settled.push(s.id));
    const heartbeats = () => t.central.seen.filter((r) => r.path === "/v1/heartbeat");
    return { ...t, state, changes, settled, heartbeats };
  }

  it("drains when the head's backoff timer fires, not before", async () => {
    const t = await backgroundSetup();
    const { id } = await t.engine.submit("report", data(9));
    expect(t.changes).toEqual([false]);
    t.engine.start();
    t.state.submissionsDown = false;
    // 500 ms is the first backoff with this test's jitter; the failing heartbeat changes nothing.
    t.clock.advance(499);
    await until(() => t.heartbeats().length === 1);
    await settle();
    expect(t.settled).toEqual([]);
    t.clock.advance(1);
    await until(() => t.settled.length === 1);
    expect(t.settled).toEqual([id]);
  });

  it("a heartbeat that finds the service again drains at once and sets the server offset", async () => {
    const t = await backgroundSetup();
    const { id } = await t.engine.submit("report", data(10));
    t.engine.start();
    t.state.submissionsDown = false;
    t.state.heartbeatDown = false;
    t.clock.advance(0);
    await until(() => t.settled.length === 1);
    expect(t.settled).toEqual([id]);
    expect(t.changes).toEqual([false, true]);
    expect(Math.abs(t.engine.status().serverTimeOffsetMs - 5000)).toBeLessThan(1000);

    const before = t.heartbeats().length;
    t.clock.advance(60_000);
    await until(() => t.heartbeats().length === before + 1);
    expect((t.heartbeats().at(-1)?.body as { outboxDepth: number }).outboxDepth).toBe(0);
  });
});

/** Lets pending I/O callbacks run (a few event-loop turns). */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}
