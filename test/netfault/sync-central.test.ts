import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import {
  IDEMPOTENT_REPLAYED_HEADER,
  SignedCatalogReply,
  type SignedConfigBundle,
  submissionPath,
} from "../../central/protocol";
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
    const kiosk = await enrolledKiosk(fixture, {
      configVersion: () => applied,
      trustedKeys: () => fixture.central.publicKeys(),
    });
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

  it("refuses a tampered, unsigned or untrusted catalog, keeps the last good one and reports it", async () => {
    const fixture = await centralFixture();
    let mode: "honest" | "tampered" | "unsigned" = "honest";
    const proxy = await startRewritingProxy(
      fixture.central.url,
      (path, body) => {
        if (mode === "honest" || typeof body !== "object" || body === null) return body;
        if (path === "/v1/heartbeat") return { ...body, catalogVersion: "evil-1" };
        if (path !== "/v1/catalog") return body;
        const reply = SignedCatalogReply.parse(body);
        const [first, ...rest] = reply.services;
        const services = [
          { ...first, id: first?.id ?? "x", name: { "zh-CN": "假冒业务", en: "forged" } },
          ...rest,
        ];
        if (mode === "unsigned") return { version: "evil-1", services };
        return { ...reply, version: "evil-1", services };
      },
      () => mode !== "honest",
    );
    closers.push(proxy.close);
    const kiosk = await startKiosk({
      trustedKeys: () => fixture.central.publicKeys(),
      onError: () => undefined,
    });
    closers.push(kiosk.close);
    await kiosk.engine.enroll({
      centralUrl: proxy.url,
      code: await fixture.central.createEnrollmentCode(),
      name: "x",
    });

    await kiosk.engine.syncNow();
    const good = kiosk.engine.catalog();
    expect(kiosk.engine.status().catalogState).toBe("ok");
    expect(good?.services.length).toBeGreaterThan(0);

    for (const [next, state] of [
      ["tampered", "rejected:untrusted-signature"],
      ["unsigned", "rejected:unsigned"],
    ] as const) {
      mode = next;
      await kiosk.engine.syncNow();
      expect(kiosk.engine.status().catalogState).toBe(state);
      expect(kiosk.engine.catalog()).toEqual(good);
      // The next heartbeat tells the fleet; central keeps it with the kiosk's latest health.
      await kiosk.engine.syncNow();
      expect(latestHeartbeat(fixture.dbPath)).toMatchObject({ catalogState: state });
    }

    // A catalog signed by a key this kiosk does not trust is refused the same way.
    const stranger = await startKiosk({ trustedKeys: () => [], onError: () => undefined });
    closers.push(stranger.close);
    mode = "honest";
    await stranger.engine.enroll({
      centralUrl: proxy.url,
      code: await fixture.central.createEnrollmentCode(),
      name: "y",
    });
    await stranger.engine.syncNow();
    expect(stranger.engine.status().catalogState).toBe("rejected:untrusted-signature");
    expect(stranger.engine.catalog()).toBeUndefined();
  });
});

function latestHeartbeat(dbPath: string): unknown {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare("SELECT body_json FROM heartbeats_latest").all() as { body_json: string }[];
    return JSON.parse(row.at(-1)?.body_json ?? "null");
  } finally {
    db.close();
  }
}

/** A real HTTP proxy in front of central that may rewrite JSON replies (a man in the middle). */
async function startRewritingProxy(
  upstream: string,
  rewrite: (path: string, body: unknown) => unknown,
  /** While true, If-None-Match is dropped so central answers 200 with a body to rewrite. */
  forceFull: () => boolean,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) {
        if (typeof v !== "string" || k === "host" || k === "content-length") continue;
        if (k === "if-none-match" && forceFull()) continue;
        headers.set(k, v);
      }
      void fetch(new URL(req.url ?? "/", upstream), {
        method: req.method,
        headers,
        body: chunks.length === 0 ? undefined : Buffer.concat(chunks),
      }).then(async (reply) => {
        const text = await reply.text();
        const path = new URL(req.url ?? "/", upstream).pathname;
        const out = text === "" ? "" : JSON.stringify(rewrite(path, JSON.parse(text)));
        const etag = reply.headers.get("etag");
        res.writeHead(reply.status, { "content-type": "application/json", ...(etag ? { etag } : {}) });
        res.end(out);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
