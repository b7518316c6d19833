import { createPublicKey, verify } from "node:crypto";
import { describe, expect, it } from "vitest";
import { pruneHeartbeatHistory } from "../../../central/db/queries/heartbeats";
import { FleetKiosksReply, HeartbeatHistoryReply } from "../../../central/fleet/schemas";
import { keyIdOf } from "../../../central/fleet/signing-key";
import {
  CatalogReply,
  canonicalJson,
  HeartbeatReply,
  SignedCatalogReply,
  SignedConfigBundle,
} from "../../../central/protocol";
import type { SuiteContext } from "../contract";
import { call, enroll, heartbeatBody, MANAGER_TOKEN, startTestCentral } from "../harness";

const manager = { authorization: `Bearer ${MANAGER_TOKEN}` };

export function fleetSuite(get: () => SuiteContext): void {
  describe("heartbeat, catalog, config and fleet", () => {
    it("heartbeat: keeps the latest state in place and only state changes as history", async () => {
      const { central } = get();
      const { token, kioskId } = await enroll(central);
      const r = await call(central.url, "POST", "/v1/heartbeat", { token, body: heartbeatBody() });
      expect(r.status).toBe(200);
      const reply = HeartbeatReply.parse(r.json);
      expect(Math.abs(Date.parse(reply.serverTime) - Date.now())).toBeLessThan(60_000);
      // Only the outbox moved: a reading, not a state change.
      await call(central.url, "POST", "/v1/heartbeat", { token, body: heartbeatBody({ outboxDepth: 7 }) });
      const history = () =>
        central.db.db
          .selectFrom("heartbeat_changes")
          .select("body_json")
          .where("kiosk_id", "=", kioskId)
          .execute();
      expect(await history()).toHaveLength(1);
      const latest = await central.db.db
        .selectFrom("heartbeats_latest")
        .selectAll()
        .where("kiosk_id", "=", kioskId)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(latest.body_json)).toMatchObject({ outboxDepth: 7 });
      expect(latest).toMatchObject({
        app_version: "0.1.0",
        config_version: 0,
        paper: "near-end",
        attention: 1,
      });
      // The printer running out of paper is a change; the same state again is not.
      const out = heartbeatBody({
        devices: { reader: { state: "ok" }, printer: { state: "ok", paper: "out", coverOpen: false } },
      });
      await call(central.url, "POST", "/v1/heartbeat", { token, body: out });
      await call(central.url, "POST", "/v1/heartbeat", { token, body: { ...out, outboxDepth: 1 } });
      expect(
        (await history()).map((h) => JSON.parse(h.body_json) as { devices: { printer: { paper: string } } }),
      ).toMatchObject([
        { devices: { printer: { paper: "near-end" } } },
        { devices: { printer: { paper: "out" } } },
      ]);
      // Pruning drops old history but never the latest state.
      expect(await pruneHeartbeatHistory(central.db.db, "2000-01-01T00:00:00.000Z")).toEqual({
        changes: 0,
        buckets: 0,
      });
      const pruned = await pruneHeartbeatHistory(central.db.db, new Date(Date.now() + 60_000).toISOString());
      expect(pruned.changes).toBeGreaterThanOrEqual(2);
      expect(await history()).toHaveLength(0);
      const kept = await central.db.db
        .selectFrom("heartbeats_latest")
        .select("kiosk_id")
        .where("kiosk_id", "=", kioskId)
        .execute();
      expect(kept).toHaveLength(1);
    });

    it("heartbeat: rejects malformed bodies with 400", async () => {
      const { central } = get();
      const { token } = await enroll(central);
      const bad = [
        "{",
        heartbeatBody({ outboxDepth: -1 }),
        heartbeatBody({ devices: { reader: { state: "ok" } } }),
        heartbeatBody({
          devices: { reader: { state: "ok" }, printer: { state: "ok", paper: "lots", coverOpen: false } },
        }),
        { appVersion: "0.1.0" },
      ];
      for (const body of bad) {
        expect((await call(central.url, "POST", "/v1/heartbeat", { token, body })).status).toBe(400);
      }
    });

    it("catalog: 200 with an ETag, 304 for If-None-Match, and the heartbeat names the same version", async () => {
      const { central } = get();
      const { token } = await enroll(central);
      const r = await call(central.url, "GET", "/v1/catalog", { token });
      expect(r.status).toBe(200);
      const catalog = CatalogReply.parse(r.json);
      expect(catalog.services.map((s) => s.id)).toContain("newborn-med-insurance");
      // Signed with the config key over { version, services }; a changed service breaks it.
      const signed = SignedCatalogReply.parse(r.json);
      const key = createPublicKey(central.server.publicKeys()[0]?.publicKeyPem ?? "");
      const sig = signed.signatures[0];
      expect(sig?.keyid).toBe(keyIdOf(key));
      const verifies = (value: unknown) =>
        verify(null, Buffer.from(canonicalJson(value)), key, Buffer.from(sig?.sig ?? "", "base64"));
      expect(verifies(catalog)).toBe(true);
      const [first, ...rest] = catalog.services;
      expect(verifies({ ...catalog, services: [{ ...first, id: "tampered" }, ...rest] })).toBe(false);
      const etag = r.headers.get("etag");
      expect(etag).toBe(`"${catalog.version}"`);
      const again = await call(central.url, "GET", "/v1/catalog", {
        token,
        headers: { "if-none-match": etag ?? "" },
      });
      expect(again.status).toBe(304);
      expect(again.text).toBe("");
      const stale = await call(central.url, "GET", "/v1/catalog", {
        token,
        headers: { "if-none-match": '"old"' },
      });
      expect(stale.status).toBe(200);
      const hb = HeartbeatReply.parse(
        (await call(central.url, "POST", "/v1/heartbeat", { token, body: heartbeatBody() })).json,
      );
      expect(hb.catalogVersion).toBe(catalog.version);
    });

    it("config: 404 before anything is published, then a signed bundle that verifies", async () => {
      const { backend } = get();
      const central = await startTestCentral(backend);
      try {
        const { token, kioskId } = await enroll(central);
        expect((await call(central.url, "GET", "/v1/config", { token })).status).toBe(404);
        const published = await call(central.url, "POST", "/v1/fleet/config", {
          headers: manager,
          body: { config: { heartbeatSeconds: 30, kioskName: "鼓楼测试机" } },
        });
        expect(published.status).toBe(201);
        const version = (published.json as { version: number }).version;
        const hb = HeartbeatReply.parse(
          (await call(central.url, "POST", "/v1/heartbeat", { token, body: heartbeatBody() })).json,
        );
        expect(hb.desiredConfigVersion).toBe(version);
        const r = await call(central.url, "GET", "/v1/config", { token });
        expect(r.status).toBe(200);
        const bundle = SignedConfigBundle.parse(r.json);
        expect(bundle.signed).toMatchObject({ version, kiosk: kioskId, config: { heartbeatSeconds: 30 } });
        const [key] = central.server.publicKeys();
        const publicKey = createPublicKey(key?.publicKeyPem ?? "");
        expect(bundle.signatures[0]?.keyid).toBe(keyIdOf(publicKey));
        const bytes = Buffer.from(canonicalJson(bundle.signed));
        expect(verify(null, bytes, publicKey, Buffer.from(bundle.signatures[0]?.sig ?? "", "base64"))).toBe(
          true,
        );
        const tampered = Buffer.from(canonicalJson({ ...bundle.signed, version: version + 1 }));
        expect(
          verify(null, tampered, publicKey, Buffer.from(bundle.signatures[0]?.sig ?? "", "base64")),
        ).toBe(false);
        // Versions only go up.
        const next = await call(central.url, "POST", "/v1/fleet/config", {
          headers: manager,
          body: { config: {} },
        });
        expect((next.json as { version: number }).version).toBeGreaterThan(version);
      } finally {
        await central.close();
      }
    });

    it("config: a site's config reaches only that site's kiosks; invalid config is 422", async () => {
      const { backend } = get();
      const central = await startTestCentral(backend);
      try {
        const metro = await enroll(central, "metro", "metro-1");
        const other = await enroll(central, "other");
        const r = await call(central.url, "POST", "/v1/fleet/config", {
          headers: manager,
          body: { config: { site: "metro" }, site: "metro-1" },
        });
        expect(r.status).toBe(201);
        expect((await call(central.url, "GET", "/v1/config", { token: metro.token })).status).toBe(200);
        expect((await call(central.url, "GET", "/v1/config", { token: other.token })).status).toBe(404);
        const invalid = await call(central.url, "POST", "/v1/fleet/config", {
          headers: manager,
          body: { config: { idle: { countdownSeconds: 5 } } },
        });
        expect(invalid.status).toBe(422);
        const unknownKey = await call(central.url, "POST", "/v1/fleet/config", {
          headers: manager,
          body: { config: { bogus: 1 } },
        });
        expect(unknownKey.status).toBe(422);
        expect(
          (await call(central.url, "POST", "/v1/fleet/config", { headers: manager, body: "{" })).status,
        ).toBe(400);
      } finally {
        await central.close();
      }
    });

    it("fleet routes refuse a missing credential and a kiosk token", async () => {
      const { central } = get();
      const { token } = await enroll(central);
      const routes: [string, string, unknown][] = [
        ["POST", "/v1/fleet/enrollment-codes", {}],
        ["GET", "/v1/fleet/kiosks", undefined],
        ["POST", "/v1/fleet/config", { config: {} }],
      ];
      for (const [method, path, body] of routes) {
        const withBody = body === undefined ? {} : { body };
        expect((await call(central.url, method, path, withBody)).status).toBe(401);
        expect((await call(central.url, method, path, { ...withBody, token })).status).toBe(401);
      }
    });

    it("fleet: a manager's enrollment code enrolls a kiosk with its site", async () => {
      const { central } = get();
      const r = await call(central.url, "POST", "/v1/fleet/enrollment-codes", {
        headers: manager,
        body: { site: "mall-3" },
      });
      expect(r.status).toBe(201);
      const { code } = r.json as { code: string };
      const enrolled = await call(central.url, "POST", "/v1/enroll", { body: { code, name: "mall" } });
      expect(enrolled.status).toBe(201);
      const bad = await call(central.url, "POST", "/v1/fleet/enrollment-codes", {
        headers: manager,
        body: { ttlHours: -1 },
      });
      expect(bad.status).toBe(400);
    });

    it("fleet: lists kiosks with latest health; silent for three intervals means offline", async () => {
      const { backend } = get();
      let now = new Date();
      const central = await startTestCentral(backend, { now: () => now });
      try {
        const { token, kioskId } = await enroll(central, "watched");
        const never = await enroll(central, "never-seen");
        await call(central.url, "POST", "/v1/heartbeat", {
          token,
          body: heartbeatBody({ intervalSeconds: 60, parkedCount: 2, catalogState: "rejected:unsigned" }),
        });
        const list = async () =>
          FleetKiosksReply.parse(
            (await call(central.url, "GET", "/v1/fleet/kiosks", { headers: manager })).json,
          );
        const k = (await list()).kiosks.find((x) => x.id === kioskId);
        expect(k).toMatchObject({
          online: true,
          health: {
            devices: { printer: { paper: "near-end" } },
            outboxDepth: 3,
            parkedCount: 2,
            catalogState: "rejected:unsigned",
          },
        });
        expect((await list()).kiosks.find((x) => x.id === never.kioskId)).toMatchObject({
          online: false,
          lastSeen: null,
          revokedAt: null,
        });
        now = new Date(now.getTime() + 2 * 60_000);
        expect((await list()).kiosks.find((x) => x.id === kioskId)?.online).toBe(true);
        now = new Date(now.getTime() + 2 * 60_000);
        expect((await list()).kiosks.find((x) => x.id === kioskId)?.online).toBe(false);
      } finally {
        await central.close();
      }
    });

    it("fleet: serves a kiosk's state changes newest first, a page at a time", async () => {
      const { central } = get();
      const { token, kioskId } = await enroll(central);
      for (const configVersion of [1, 1, 2, 3]) {
        await call(central.url, "POST", "/v1/heartbeat", { token, body: heartbeatBody({ configVersion }) });
        // Distinct timestamps, so the order is the order sent.
        await new Promise((resolve) => setTimeout(resolve, 3));
      }
      const path = `/v1/fleet/kiosks/${kioskId}/heartbeats`;
      const r = await call(central.url, "GET", path, { headers: manager });
      expect(r.status).toBe(200);
      const page = (json: unknown) => HeartbeatHistoryReply.parse(json);
      const all = page(r.json);
      expect(all.heartbeats.map((h) => (h.health as { configVersion: number }).configVersion)).toEqual([
        3, 2, 1,
      ]);
      expect(all.next).toBeNull();
      const first = page((await call(central.url, "GET", `${path}?limit=2`, { headers: manager })).json);
      expect(first.heartbeats.map((h) => (h.health as { configVersion: number }).configVersion)).toEqual([
        3, 2,
      ]);
      expect(first.next).toEqual(expect.any(String));
      const second = page(
        (await call(central.url, "GET", `${path}?limit=2&before=${first.next ?? ""}`, { headers: manager }))
          .json,
      );
      expect(second.heartbeats.map((h) => (h.health as { configVersion: number }).configVersion)).toEqual([
        1,
      ]);
      expect(second.next).toBeNull();
      expect((await call(central.url, "GET", `${path}?limit=0`, { headers: manager })).status).toBe(400);
      expect(
        (await call(central.url, "GET", `${path}?before=not-a-cursor`, { headers: manager })).status,
      ).toBe(400);
      expect((await call(central.url, "GET", path, { token })).status).toBe(401);
      expect(
        (await call(central.url, "GET", "/v1/fleet/kiosks/nope/heartbeats", { headers: manager })).status,
      ).toBe(404);
    });

    it("fleet routes are off (401) when no manager token is configured", async () => {
      const { backend } = get();
      const central = await startTestCentral(backend, { managerToken: "" });
      try {
        const r = await call(central.url, "GET", "/v1/fleet/kiosks", { headers: manager });
        expect(r.status).toBe(401);
        expect(r.json).toMatchObject({ error: { code: "fleet_disabled" } });
      } finally {
        await central.close();
      }
    });
  });
}
