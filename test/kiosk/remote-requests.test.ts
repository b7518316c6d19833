import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { KioskRequestList, type SupportPacket } from "../../central/protocol";
import { loadIdentity } from "../../core/store/identity";
import { type KioskStore, openKioskStore } from "../../core/store/kiosk-store";
import { SyncEngine } from "../../core/sync/engine";
import type { RemoteRequestOutcome } from "../../core/sync/remote-requests";
import { startScriptedCentral } from "../../core/sync/testing";
import {
  type Backend,
  call,
  MANAGER_TOKEN,
  startBackend,
  startTestCentral,
  type TestCentral,
} from "../central/harness";
import { tempDir } from "../support/runtime";

/** A packet as the maintenance menu builds it, counted, so a second build would show. */
function packetSource() {
  let built = 0;
  const build = (): SupportPacket => {
    built += 1;
    return {
      createdAt: new Date().toISOString(),
      versions: { app: "test", config: 0, catalog: "none" },
      configDigest: "c".repeat(64),
      devices: { printer: { state: "ok" } },
      diagnostics: [],
      logs: [`packet ${built}`],
    };
  };
  return { build, built: () => built };
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function kioskOn(url: string, code: string, source = packetSource()) {
  const store: KioskStore = await openKioskStore({ dataDir: tempDir("kiosk-requests-") });
  const outcomes: RemoteRequestOutcome[] = [];
  const errors: string[] = [];
  const engine = new SyncEngine({
    store,
    appVersion: "test",
    supportPacket: () => source.build,
    onRemoteRequest: (o) => outcomes.push(o),
    // No trusted config key here, so the catalog is refused; anything else would be a fault.
    onError: (e) => {
      const text = e instanceof Error ? e.message : String(e);
      if (!text.startsWith("catalog refused")) errors.push(text);
    },
  });
  cleanups.push(async () => {
    await engine.stop();
    store.close();
  });
  await engine.enroll({ centralUrl: url, code, name: "远程请求测试" });
  return { store, engine, outcomes, source, errors };
}

describe("a fleet manager's requests, against the real central on SQLite", () => {
  let backend: Backend;
  let central: TestCentral;
  beforeAll(async () => {
    backend = await startBackend("sqlite");
    central = await startTestCentral(backend);
  });
  afterAll(async () => {
    await central.close();
    await backend.stop();
  });

  it("uploads one packet and rotates the token once, however many heartbeats follow", async () => {
    const k = await kioskOn(central.url, await central.server.createEnrollmentCode());
    const kioskId = loadIdentity(k.store.db, k.store.sealer)?.kioskId ?? "";
    const oldToken = loadIdentity(k.store.db, k.store.sealer)?.token ?? "";
    for (const kind of ["support-packet", "token-rotation"]) {
      const r = await call(central.url, "POST", `/v1/fleet/kiosks/${kioskId}/requests/${kind}`, {
        token: MANAGER_TOKEN,
      });
      expect(r.status, r.text).toBe(201);
    }
    await k.engine.syncNow();
    // The packet went by the usual route and answered the request; the token was traded.
    expect(k.source.built()).toBe(1);
    const newToken = loadIdentity(k.store.db, k.store.sealer)?.token ?? "";
    expect(newToken).not.toBe(oldToken);
    // The next heartbeat uses the new token: the old one retires and the rotation is done.
    for (let i = 0; i < 3; i += 1) await k.engine.syncNow();
    const list = KioskRequestList.parse(
      (await call(central.url, "GET", `/v1/fleet/kiosks/${kioskId}/requests`, { token: MANAGER_TOKEN })).json,
    );
    expect(list.requests.map((r) => [r.kind, r.status]).sort()).toEqual([
      ["support-packet", "done"],
      ["token-rotation", "done"],
    ]);
    const packets = await central.db.db
      .selectFrom("support_packets")
      .select("id")
      .where("kiosk_id", "=", kioskId)
      .execute();
    expect(packets.map((p) => p.id)).toEqual([
      list.requests.find((r) => r.kind === "support-packet")?.packetId,
    ]);
    expect(k.source.built()).toBe(1);
    expect(loadIdentity(k.store.db, k.store.sealer)?.token).toBe(newToken);
    expect(k.outcomes.map((o) => [o.kind, o.ok]).sort()).toEqual([
      ["support-packet", true],
      ["token-rotation", true],
    ]);
    expect((await call(central.url, "POST", "/v1/token/rotate", { token: oldToken })).status).toBe(401);
    expect(k.errors).toEqual([]);
  });
});

describe("a heartbeat reply that lists the same request again", () => {
  it("acts once, across heartbeats and a restart, and tries again only after a failure", async () => {
    const packetId = randomUUID();
    const counts = { packets: 0, rotations: 0 };
    let failPackets = 1;
    const requests = [
      { id: randomUUID(), kind: "support-packet", requestedAt: "2026-12-04T08:00:00.000Z" },
      { id: randomUUID(), kind: "token-rotation", requestedAt: "2026-12-04T08:00:01.000Z" },
      // A kind from a newer central: left alone, and the heartbeat still counts.
      { id: randomUUID(), kind: "screenshot", requestedAt: "2026-12-04T08:00:02.000Z" },
    ];
    // A central whose snapshot never moves on: every reply lists the same requests.
    const central = await startScriptedCentral((req) => {
      if (req.path === "/v1/enroll") return { status: 201, body: { kioskId: "kiosk-r", token: "t0" } };
      if (req.path === "/v1/token/rotate") {
        counts.rotations += 1;
        return { status: 201, body: { kioskId: "kiosk-r", token: `t${counts.rotations}` } };
      }
      if (req.path === "/v1/support-packets") {
        if (failPackets > 0) {
          failPackets -= 1;
          return { status: 503, body: { error: { code: "busy", zh: "忙", en: "busy" } } };
        }
        counts.packets += 1;
        expect((req.body as { requestId?: string }).requestId).toBe(requests[0]?.id);
        return { status: 201, body: { id: packetId, receivedAt: new Date().toISOString(), sizeBytes: 10 } };
      }
      if (req.path === "/v1/heartbeat") {
        return {
          status: 200,
          body: {
            serverTime: new Date().toISOString(),
            desiredConfigVersion: 0,
            catalogVersion: "",
            heartbeatIntervalSeconds: 60,
            requests,
          },
        };
      }
      return { status: 404, body: { error: { code: "not_found", zh: "无", en: "none" } } };
    });
    cleanups.push(() => central.close());
    const source = packetSource();
    const k = await kioskOn(central.url, "CODE", source);
    await k.engine.syncNow();
    // The upload failed (503): not remembered, so the next heartbeat tries again; the rotation went.
    expect(counts).toEqual({ packets: 0, rotations: 1 });
    expect(k.outcomes.map((o) => [o.kind, o.ok])).toEqual([
      ["support-packet", false],
      ["token-rotation", true],
    ]);
    await k.engine.syncNow();
    await k.engine.syncNow();
    expect(counts).toEqual({ packets: 1, rotations: 1 });
    expect(source.built()).toBe(2);
    expect(k.errors).toEqual([]);

    // A restarted kiosk on the same store remembers what it did.
    await k.engine.stop();
    const again = new SyncEngine({ store: k.store, appVersion: "test", supportPacket: () => source.build });
    await again.syncNow();
    await again.stop();
    expect(counts).toEqual({ packets: 1, rotations: 1 });
    expect(loadIdentity(k.store.db, k.store.sealer)?.token).toBe("t1");
  });
});
