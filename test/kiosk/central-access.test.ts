import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryPath, QueryReply } from "../../central/protocol";
import { DEMO_RESIDENTS } from "../../central/demo/residents";
import { centralFailure } from "../../core/services/central-failure";
import { loadIdentity } from "../../core/store/identity";
import { type KioskStore, openKioskStore } from "../../core/store/kiosk-store";
import { CentralClient } from "../../core/sync/central-client";
import { SyncEngine } from "../../core/sync/engine";
import { SyncError } from "../../core/sync/errors";
import {
  type Backend,
  call,
  enroll,
  heartbeatBody,
  MANAGER_TOKEN,
  startBackend,
  startTestCentral,
  syntheticIdentity,
  type TestCentral,
} from "../central/harness";
import { tempDir } from "../support/runtime";

/** The kiosk's side of central's brakes, against the real service on SQLite. */
let backend: Backend;
let central: TestCentral;

beforeAll(async () => {
  backend = await startBackend("sqlite");
  central = await startTestCentral(backend, { limits: { queryResidents: { max: 1, windowMs: 600_000 } } });
});
afterAll(async () => {
  await central.close();
  await backend.stop();
});

describe("a query past central's limit", () => {
  it("reaches the page as 'busy', a contradicted name as the service's reason", async () => {
    const { token } = await enroll(central);
    const client = new CentralClient({ baseUrl: central.url, token });
    const query = (idNumber: string, name = "测试居民") =>
      client.exchange("POST", queryPath("housing-fund-balance"), QueryReply, {
        body: { identity: { ...syntheticIdentity(), idNumber, name }, params: {} },
      });
    const registered = DEMO_RESIDENTS[0]?.idNumber ?? "";
    const mismatch = await query(registered, "冒名者");
    if (mismatch.kind === "ok") throw new Error("a contradicted name was answered");
    expect(centralFailure(mismatch, "query")).toMatchObject({ code: "refused" });
    expect(centralFailure(mismatch, "query").message).toContain("does not match");
    // The same resident again (counted once), now with the right name.
    expect((await query(registered, DEMO_RESIDENTS[0]?.name)).kind).toBe("ok");
    const busy = await query(syntheticIdentity("1970-07-07").idNumber);
    expect(busy).toMatchObject({ kind: "retry", status: 429 });
    if (busy.kind === "ok") throw new Error("unreachable");
    expect(centralFailure(busy, "query")).toMatchObject({ code: "busy" });
  });
});

describe("token rotation through the sync engine", () => {
  let store: KioskStore;
  let engine: SyncEngine;

  beforeAll(async () => {
    store = await openKioskStore({ dataDir: tempDir("kiosk-rotate-") });
    engine = new SyncEngine({ store, appVersion: "test" });
    await engine.enroll({ centralUrl: central.url, code: await central.server.createEnrollmentCode(), name: "R" });
  });
  afterAll(async () => {
    await engine.stop();
    store.close();
  });

  it("keeps the new token sealed in the store and uses it; the old one then answers 401", async () => {
    const before = loadIdentity(store.db, store.sealer);
    if (before === undefined) throw new Error("not enrolled");
    await engine.rotateToken();
    const after = loadIdentity(store.db, store.sealer);
    expect(after?.kioskId).toBe(before.kioskId);
    expect(after?.token).not.toBe(before.token);
    await engine.syncNow();
    expect(engine.status()).toMatchObject({ online: true, lastError: null });
    const old = await call(central.url, "POST", "/v1/heartbeat", { token: before.token, body: heartbeatBody() });
    expect(old.status).toBe(401);
  });

  it("fails plainly once the kiosk is revoked, keeping the token it had", async () => {
    const identity = loadIdentity(store.db, store.sealer);
    await call(central.url, "POST", `/v1/fleet/kiosks/${identity?.kioskId ?? ""}/revoke`, {
      headers: { authorization: `Bearer ${MANAGER_TOKEN}` },
    });
    const error = await engine.rotateToken().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SyncError);
    expect((error as SyncError).code).toBe("token-rotation-failed");
    expect(loadIdentity(store.db, store.sealer)?.token).toBe(identity?.token);
  });
});
