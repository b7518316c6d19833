import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { ReleasePublishReply, UpdateFeed } from "../../../central/protocol";
import type { SuiteContext } from "../contract";
import { call, enroll, heartbeatBody, MANAGER_TOKEN, type TestCentral } from "../harness";

const manager = { authorization: `Bearer ${MANAGER_TOKEN}` };

async function publish(central: TestCentral, query: string, body: Uint8Array, headers = manager) {
  const response = await fetch(new URL(`/v1/fleet/releases?${query}`, central.url), {
    method: "POST",
    headers: { ...headers, "content-type": "application/octet-stream" },
    body,
  });
  return { status: response.status, json: await response.json() };
}

const sha512 = (bytes: Uint8Array): string => createHash("sha512").update(bytes).digest("base64");

async function feedOf(central: TestCentral, token: string, channel: string, feed = "latest-linux.yml") {
  const r = await call(central.url, "GET", `/v1/updates/${channel}/${feed}`, { token });
  return {
    status: r.status,
    feed: r.status === 200 ? UpdateFeed.parse(load(r.text)) : undefined,
    text: r.text,
  };
}

export function updatesSuite(get: () => SuiteContext): void {
  describe("app updates: releases, feed, files, reported versions", () => {
    it("serves the highest published version in electron-updater's format, per platform, and its files", async () => {
      const { central, backend } = get();
      const { token } = await enroll(central);
      const old = randomBytes(3000);
      const newer = randomBytes(5000);
      const exe = randomBytes(700);
      expect((await feedOf(central, token, "feed-a")).status).toBe(404);
      for (const [q, body] of [
        ["channel=feed-a&version=1.10.0&name=kiosk-1.10.0.tar.gz", newer],
        ["channel=feed-a&version=1.9.0&name=kiosk-1.9.0.tar.gz", old],
        ["channel=feed-a&version=1.10.0&name=efuzhou-kiosk-setup-1.10.0.exe", exe],
      ] as const) {
        const r = await publish(central, q, body);
        expect(r.status).toBe(201);
        expect(ReleasePublishReply.parse(r.json).sha512).toBe(sha512(body));
      }
      // 1.10.0 > 1.9.0 numerically, though "1.9.0" sorts after "1.10.0" as text.
      const linux = await feedOf(central, token, "feed-a");
      expect(linux.feed).toMatchObject({
        version: "1.10.0",
        files: [{ url: "1.10.0/kiosk-1.10.0.tar.gz", sha512: sha512(newer), size: 5000 }],
        path: "1.10.0/kiosk-1.10.0.tar.gz",
        sha512: sha512(newer),
      });
      const windows = await feedOf(central, token, "feed-a", "latest.yml");
      expect(windows.feed?.files).toEqual([
        { url: "1.10.0/efuzhou-kiosk-setup-1.10.0.exe", sha512: sha512(exe), size: 700 },
      ]);
      const file = await fetch(new URL("/v1/updates/feed-a/1.10.0/kiosk-1.10.0.tar.gz", central.url), {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(file.status).toBe(200);
      expect(Buffer.from(await file.arrayBuffer()).equals(newer)).toBe(true);
      // Only the version offered to this kiosk: the older one is not handed out.
      const older = await call(central.url, "GET", "/v1/updates/feed-a/1.9.0/kiosk-1.9.0.tar.gz", { token });
      expect(older.status).toBe(404);
      expect(readdirSync(join(backend.dir, "releases", "feed-a", "1.10.0")).sort()).toEqual([
        "efuzhou-kiosk-setup-1.10.0.exe",
        "kiosk-1.10.0.tar.gz",
      ]);
    });

    it("answers only enrolled kiosks and refuses names that could leave the release folder", async () => {
      const { central } = get();
      const { token } = await enroll(central);
      expect(
        (await publish(central, "channel=feed-b&version=2.0.0&name=k.tar.gz", randomBytes(10))).status,
      ).toBe(201);
      expect((await call(central.url, "GET", "/v1/updates/feed-b/latest-linux.yml")).status).toBe(401);
      expect(
        (await call(central.url, "GET", "/v1/updates/feed-b/latest-linux.yml", { token: "nope" })).status,
      ).toBe(401);
      for (const path of [
        "/v1/updates/feed-b/latest-mac.yml",
        "/v1/updates/Feed-B/latest-linux.yml",
        "/v1/updates/feed-b/2.0.0/..%2F..%2Fcentral.db",
        "/v1/updates/feed-b/2.0.0/.k.tar.gz",
        "/v1/updates/feed-b/..%2F2.0.0/k.tar.gz",
      ]) {
        const r = await call(central.url, "GET", path, { token });
        expect([400, 404]).toContain(r.status);
      }
    });

    it("publishing: manager only, validated, same bytes again is a no-op, other bytes under a name are refused", async () => {
      const { central, backend } = get();
      const body = randomBytes(100);
      const { token } = await enroll(central);
      const asKiosk = await publish(central, "channel=feed-c&version=1.0.0&name=k.tar.gz", body, {
        authorization: `Bearer ${token}`,
      });
      expect(asKiosk.status).toBe(401);
      for (const q of [
        "channel=feed-c&version=1.0&name=k.tar.gz",
        "channel=feed-c&version=1.0.0&name=../k.tar.gz",
        "channel=feed-c&version=1.0.0&name=k.zip",
        "channel=../x&version=1.0.0&name=k.tar.gz",
        "channel=feed-c&version=1.0.0",
      ]) {
        expect((await publish(central, q, body)).status).toBe(400);
      }
      expect(
        (await publish(central, "channel=feed-c&version=1.0.0&name=k.tar.gz", new Uint8Array())).status,
      ).toBe(400);
      const first = await publish(central, "channel=feed-c&version=1.0.0&name=k.tar.gz", body);
      expect(first.status).toBe(201);
      const again = await publish(central, "channel=feed-c&version=1.0.0&name=k.tar.gz", body);
      expect(again.status).toBe(201);
      expect(again.json).toEqual(first.json);
      const other = await publish(central, "channel=feed-c&version=1.0.0&name=k.tar.gz", randomBytes(100));
      expect(other.status).toBe(409);
      expect(other.json).toMatchObject({ error: { code: "release_exists" } });
      // Nothing half-written or refused is left beside the published file.
      expect(existsSync(join(backend.dir, "releases", "feed-c", "1.0.0"))).toBe(true);
      expect(readdirSync(join(backend.dir, "releases", "feed-c", "1.0.0"))).toEqual(["k.tar.gz"]);
      const feed = await feedOf(central, token, "feed-c");
      expect(feed.feed?.sha512).toBe(sha512(body));
    });

    it("keeps the running and pending app versions on the kiosk, and tells the fleet once of a rollback", async () => {
      const { central } = get();
      const { token, kioskId } = await enroll(central);
      const versions = async () =>
        central.db.db
          .selectFrom("kiosks")
          .select(["app_version", "app_version_pending"])
          .where("id", "=", kioskId)
          .executeTakeFirstOrThrow();
      const beat = (extra: Record<string, unknown>) =>
        call(central.url, "POST", "/v1/heartbeat", { token, body: heartbeatBody(extra) });
      expect((await beat({ appVersion: "1.0.0", pendingAppVersion: "1.1.0" })).status).toBe(200);
      expect(await versions()).toEqual({ app_version: "1.0.0", app_version_pending: "1.1.0" });
      const rolledBack = {
        appVersion: "1.0.0",
        lastAppUpdate: {
          version: "1.1.0",
          outcome: "rolled-back",
          at: "2026-12-03T10:00:00.000Z",
          reason: "self-test failed",
        },
      };
      expect((await beat(rolledBack)).status).toBe(200);
      expect((await beat(rolledBack)).status).toBe(200);
      expect(await versions()).toEqual({ app_version: "1.0.0", app_version_pending: null });
      const alerts = await call(central.url, "GET", "/v1/fleet/alerts", { headers: manager });
      const mine = (
        alerts.json as { alerts: { kind: string; kioskId: string; detail: unknown }[] }
      ).alerts.filter((a) => a.kioskId === kioskId);
      expect(mine).toEqual([
        expect.objectContaining({
          kind: "app-update-rolled-back",
          detail: {
            version: "1.1.0",
            at: "2026-12-03T10:00:00.000Z",
            reason: "self-test failed",
            running: "1.0.0",
          },
        }),
      ]);
      // The new fields are optional and validated like the rest.
      expect((await beat({ pendingAppVersion: "not a version" })).status).toBe(400);
      expect((await beat({ lastAppUpdate: { version: "1.1.0", outcome: "maybe", at: "x" } })).status).toBe(
        400,
      );
    });
  });
}
