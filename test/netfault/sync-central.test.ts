import { afterEach, describe, expect, it } from "vitest";
import { IDEMPOTENT_REPLAYED_HEADER, type SignedConfigBundle, submissionPath } from "../../central/protocol";
import { loadIdentity } from "../../core/store/index";
import { services } from "../../kiosk-config/services/index";
import { SyncError } from "../../core/sync/index";
import { type CentralFixture, plainServiceId, startCentralFixture, syntheticData } from "./central-fixture";
import { startKiosk } from "./kiosk-fixture";

// The sync engine against the real central service over loopback HTTP, with no faults: the
// contract's happy paths and refusals end to end.

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function enrolledKiosk(fixture: CentralFixture, options: Parameters<typeof startKiosk>[0] = {}) {
  const kiosk = await startKiosk(options);
  closers.push(kiosk.close);
  const code = await fixture.central.createEnrollmentCode();
  const { kioskId } = await kiosk.engine.enroll({
    centralUrl: fixture.central.url,
    code,
    name: "鼓楼测试机",
  });
  return { ...kiosk, kioskId };
}

async function centralFixture(options: Parameters<typeof startCentralFixture>[0] = {}) {
  const fixture = await startCentralFixture(options);
  closers.push(fixture.close);
  return fixture;
}

describe("sync engine ↔ real central service", () => {
  it("enrolls once with a code; the code cannot be used twice", async () => {
    const fixture = await centralFixture();
    const kiosk = await enrolledKiosk(fixture);
    expect(loadIdentity(kiosk.store.db, kiosk.store.sealer)?.kioskId).toBe(kiosk.kioskId);

    const code = await fixture.central.createEnrollmentCode();
    const other = await startKiosk();
    closers.push(other.close);
    await other.engine.enroll({ centralUrl: fixture.central.url, code, name: "a" });
    const again = await startKiosk();
    closers.push(again.close);
    const error = await again.engine
      .enroll({ centralUrl: fixture.central.url, code, name: "b" })
      .catch((e: unknown) => e);
    expect((error as SyncError).code).toBe("enrollment-failed");
  });

  it("submits online and gets the central record; a replay of the same id is answered identically", async () => {
    const fixture = await centralFixture();
    const kiosk = await enrolledKiosk(fixture);
    const result = await kiosk.engine.submit(plainServiceId(), syntheticData(1));
    expect(result).toMatchObject({ status: "accepted", queued: false });
    expect(result.referenceNo).toMatch(/^FZ\d{8}\d{6}$/);
    expect(fixture.storedIds(kiosk.kioskId)).toEqual([result.id]);

    const identity = loadIdentity(kiosk.store.db, kiosk.store.sealer)!;
    const stored = await fetch(new URL(submissionPath(result.id), fixture.central.url), {
      headers: { authorization: `Bearer ${identity.token}` },
    });
    expect(((await stored.json()) as { trackingNo: string }).trackingNo).toBe(result.referenceNo);
    const replay = await fetch(new URL("/v1/submissions", fixture.central.url), {
      method: "POST",
      headers: {
        authorization: `Bearer ${identity.token}`,
        "content-type": "application/json",
        "idempotency-key": result.id,
      },
      body: JSON.stringify({
        id: result.id,
        serviceId: plainServiceId(),
        data: syntheticData(1),
        createdAt: kiosk.store.outbox.get(result.id)!.createdAt,
      }),
    });
    expect(replay.headers.get(IDEMPOTENT_REPLAYED_HEADER)).toBe("true");
  });

  it("a 秒批 service answers its decision and reasons in the same call", async () => {
    const fixture = await centralFixture();
    const kiosk = await enrolledKiosk(fixture);
    const instant = services.find((s) => s.approvalRule === "newborn-med-insurance");
    expect(instant).toBeDefined();
    // A synthetic card whose check digit is wrong: the rules reject it with a reason.
    const result = await kiosk.engine.submit(instant!.id, {
      answers: { childName: "测试宝宝" },
      identity: {
        name: "测试居民",
        idNumber: "350102199001011230",
        birthDate: "1990-01-01",
        sex: "女",
        cardType: "id",
      },
    });
    expect(result).toMatchObject({ status: "rejected", queued: false });
    expect(result.reasons.length).toBeGreaterThan(0);
    expect(kiosk.engine.status().rejected).toEqual([]);
  });

  it("an unknown service is refused with its reason and kept in the rejected list", async () => {
    const fixture = await centralFixture();
    const kiosk = await enrolledKiosk(fixture);
    const error = await kiosk.engine.submit("no-such-service", syntheticData(2)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncError);
    expect((error as SyncError).code).toBe("submission-refused");
    const status = kiosk.engine.status();
    expect(status.rejected).toHaveLength(1);
    expect(status.rejected[0]?.reason).toMatch(/^422 /);
    expect(fixture.storedIds(kiosk.kioskId)).toEqual([]);
  });

  it("heartbeat learns server time, caches the catalog once, and pulls a published config once", async () => {
    const hour = 3_600_000;
    const fixture = await centralFixture({ now: () => new Date(Date.now() + hour) });
    let applied = 0;
    const kiosk = await enrolledKiosk(fixture, { configVersion: () => applied });
    const catalogs: string[] = [];
    const configs: SignedConfigBundle[] = [];
    kiosk.engine.on("catalog", (c) => catalogs.push(c.version));
    kiosk.engine.on("config", (b) => configs.push(b));

    await kiosk.engine.syncNow();
    expect(Math.abs(kiosk.engine.status().serverTimeOffsetMs - hour)).toBeLessThan(60_000);
    expect(catalogs).toHaveLength(1);
    expect(kiosk.engine.catalog()?.version).toBe(catalogs[0]);
    expect(configs).toHaveLength(0);

    const published = await fetch(new URL("/v1/fleet/config", fixture.central.url), {
      method: "POST",
      headers: { authorization: "Bearer manager-secret", "content-type": "application/json" },
      body: JSON.stringify({ config: {} }),
    });
    expect(published.status).toBe(201);
    await kiosk.engine.syncNow();
    await kiosk.engine.syncNow();
    expect(catalogs).toHaveLength(1);
    expect(configs.map((c) => c.signed.version)).toEqual([1]);
    expect(configs[0]?.signatures[0]?.keyid).toBe(fixture.central.publicKeys()[0]?.keyid);

    applied = 1;
    await kiosk.engine.syncNow();
    expect(configs).toHaveLength(1);
    expect(kiosk.engine.status()).toMatchObject({ online: true, outboxDepth: 0 });
  });
});
