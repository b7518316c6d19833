import { describe, expect, it } from "vitest";
import { rolloutAppVersionFor } from "../../../central/rollouts/desired-app";
import { KioskConfigReply, Rollout } from "../../../central/rollouts/schemas";
import { HeartbeatReply, SignedConfigBundle } from "../../../central/protocol";
import type { SuiteContext } from "../contract";
import { call, enroll, heartbeatBody, type TestCentral } from "../harness";
import { managerSession } from "./managers";

interface Kiosk {
  kioskId: string;
  token: string;
}

const desired = async (central: TestCentral, k: Kiosk, body: Record<string, unknown> = {}) =>
  HeartbeatReply.parse(
    (await call(central.url, "POST", "/v1/heartbeat", { token: k.token, body: heartbeatBody(body) })).json,
  ).desiredConfigVersion;

const bundleOf = async (central: TestCentral, k: Kiosk) =>
  SignedConfigBundle.parse((await call(central.url, "GET", "/v1/config", { token: k.token })).json).signed;

export function rolloutsSuite(get: () => SuiteContext): void {
  describe("config layers and staged rollouts", () => {
    it("merges global → district → site → kiosk layers per kiosk and says where each value came from", async () => {
      const { central } = get();
      const op = await managerSession(central, "layla.layers", "operator");
      const a = await enroll(central, "layered A", "layer-site");
      const b = await enroll(central, "layered B", "layer-site");
      const put = (layer: string, config: unknown) =>
        call(central.url, "PUT", `/v1/fleet/config/layers/${encodeURIComponent(layer)}`, {
          token: op,
          body: { config },
        });
      expect(
        (
          await call(central.url, "PUT", `/v1/fleet/kiosks/${a.kioskId}/placement`, {
            token: op,
            body: { district: "鼓楼区" },
          })
        ).status,
      ).toBe(200);
      expect((await put("global", { idle: { warnSeconds: 90, countdownSeconds: 40 } })).status).toBe(201);
      expect((await put("district:鼓楼区", { elderMode: true })).status).toBe(201);
      expect(
        (await put("site:layer-site", { idle: { warnSeconds: 120 }, services: { hide: ["hotline-12345"] } }))
          .status,
      ).toBe(201);
      expect((await put(`kiosk:${b.kioskId}`, { defaultLocale: "en" })).status).toBe(201);
      const sa = await bundleOf(central, a);
      expect(sa.config).toMatchObject({ idle: { warnSeconds: 120, countdownSeconds: 40 }, elderMode: true });
      expect(sa.sources?.["idle.warnSeconds"]).toMatch(/^site:layer-site v\d+$/);
      expect(sa.sources?.["idle.countdownSeconds"]).toMatch(/^global v\d+$/);
      expect(sa.sources?.elderMode).toMatch(/^district:鼓楼区 v\d+$/);
      const sb = await bundleOf(central, b);
      expect(sb.config).not.toHaveProperty("elderMode");
      expect(sb.config).toMatchObject({ defaultLocale: "en" });
      expect(sb.version).toBeGreaterThan(sa.version);
      const view = KioskConfigReply.parse(
        (await call(central.url, "GET", `/v1/fleet/kiosks/${a.kioskId}/config`, { token: op })).json,
      );
      expect(view.desired.configVersion).toBe(sa.version);
      expect(view.desired.layers.map((l) => l.layer.split(":")[0])).toEqual(["global", "district", "site"]);
      expect(view.desired.configDigest).toMatch(/^[0-9a-f]{64}$/);
      // A bad layer, a bad layer name: refused in plain words, nothing stored.
      const bad = await put("site:layer-site", { idle: { countdownSeconds: 5 } });
      expect(bad.status).toBe(422);
      expect(bad.text).toContain("idle.countdownSeconds");
      expect((await put("planet:mars", { elderMode: true })).status).toBe(400);
      expect((await bundleOf(central, a)).version).toBe(sa.version);
    });

    it("takes a layer through a pilot set, then the rest once the pilot runs it", async () => {
      const { central } = get();
      const op = await managerSession(central, "rolf.rollout", "operator");
      const ks: Kiosk[] = [];
      for (let i = 0; i < 4; i++) ks.push(await enroll(central, `staged ${i}`, "staged-site"));
      const [k1, k2, k3, k4] = ks as [Kiosk, Kiosk, Kiosk, Kiosk];
      for (const k of ks) await desired(central, k);
      const before = await desired(central, k3);
      const created = await call(central.url, "POST", "/v1/fleet/rollouts", {
        token: op,
        body: {
          kind: "config",
          layer: "site:staged-site",
          config: { heartbeatSeconds: 120 },
          groups: [
            { name: "pilot", kiosks: [k1.kioskId, k2.kioskId], errorThresholdPercent: 0 },
            { name: "everyone", percent: 100, errorThresholdPercent: 50 },
          ],
        },
      });
      expect(created.status).toBe(201);
      const rollout = Rollout.parse(created.json);
      const target = rollout.configVersion ?? 0;
      expect(await desired(central, k1)).toBe(target);
      expect(await desired(central, k2)).toBe(target);
      expect(await desired(central, k3)).toBe(before);
      expect((await bundleOf(central, k3)).config).not.toHaveProperty("heartbeatSeconds");
      // The pilot applies it; the next pass starts the second group.
      await desired(central, k1, { configVersion: target, configApplyVersion: target, configState: "ok" });
      await desired(central, k2, { configVersion: target, configApplyVersion: target, configState: "ok" });
      await central.server.runFleetJobs();
      const moved = Rollout.parse(
        (await call(central.url, "GET", `/v1/fleet/rollouts/${rollout.id}`, { token: op })).json,
      );
      expect(moved.groupIndex).toBe(1);
      expect(moved.progress?.[0]).toMatchObject({ kiosks: 2, done: 2 });
      expect(await desired(central, k3)).toBe(target);
      expect((await bundleOf(central, k4)).config).toMatchObject({ heartbeatSeconds: 120 });
      await desired(central, k3, { configVersion: target });
      await desired(central, k4, { configVersion: target });
      await central.server.runFleetJobs();
      const done = Rollout.parse(
        (await call(central.url, "GET", `/v1/fleet/rollouts/${rollout.id}`, { token: op })).json,
      );
      expect(done.status).toBe("completed");
      const audit = await central.db.db
        .selectFrom("audit")
        .select(["actor", "action"])
        .where("action", "like", "rollout.%")
        .execute();
      expect(audit).toEqual(
        expect.arrayContaining([
          { actor: "manager:rolf.rollout", action: "rollout.create" },
          { actor: "system:rollouts", action: "rollout.advance" },
        ]),
      );
    });

    it("pauses by itself when a pilot kiosk rolls the change back or goes silent; a manager rolls it back to a higher version", async () => {
      const { central } = get();
      const op = await managerSession(central, "paula.pause", "operator");
      const k1 = await enroll(central, "pause 1", "pause-site");
      const k2 = await enroll(central, "pause 2", "pause-site");
      const silentOne = await enroll(central, "never heard from", "pause-site");
      await call(central.url, "PUT", "/v1/fleet/config/layers/site:pause-site", {
        token: op,
        body: { config: { elderMode: false } },
      });
      const base = await desired(central, k2);
      const r = Rollout.parse(
        (
          await call(central.url, "POST", "/v1/fleet/rollouts", {
            token: op,
            body: {
              kind: "config",
              layer: "site:pause-site",
              config: { elderMode: true },
              groups: [
                { name: "pilot", kiosks: [k1.kioskId] },
                { name: "rest", percent: 100 },
              ],
            },
          })
        ).json,
      );
      const target = r.configVersion ?? 0;
      expect(await desired(central, k1)).toBe(target);
      await desired(central, k1, {
        configVersion: base,
        configApplyVersion: target,
        configState: "rolled_back",
      });
      await central.server.runFleetJobs();
      const paused = Rollout.parse(
        (await call(central.url, "GET", `/v1/fleet/rollouts/${r.id}`, { token: op })).json,
      );
      expect(paused.status).toBe("paused");
      expect(paused.statusReason).toContain('group "pilot": 1 failed');
      expect(await desired(central, k2)).toBe(base);
      // Resume while it still fails: it pauses again; then roll back.
      expect(
        (await call(central.url, "POST", `/v1/fleet/rollouts/${r.id}/resume`, { token: op })).status,
      ).toBe(200);
      await central.server.runFleetJobs();
      expect(
        Rollout.parse((await call(central.url, "GET", `/v1/fleet/rollouts/${r.id}`, { token: op })).json)
          .status,
      ).toBe("paused");
      const back = await call(central.url, "POST", `/v1/fleet/rollouts/${r.id}/rollback`, { token: op });
      expect(Rollout.parse(back.json).status).toBe("rolled-back");
      const after = await bundleOf(central, k1);
      expect(after.version).toBeGreaterThan(target);
      expect(after.config).toMatchObject({ elderMode: false });
      expect(
        (await call(central.url, "POST", `/v1/fleet/rollouts/${r.id}/resume`, { token: op })).status,
      ).toBe(409);
      expect(
        (await call(central.url, "POST", `/v1/fleet/rollouts/${r.id}/explode`, { token: op })).status,
      ).toBe(404);

      const s = Rollout.parse(
        (
          await call(central.url, "POST", "/v1/fleet/rollouts", {
            token: op,
            body: {
              kind: "config",
              layer: `kiosk:${silentOne.kioskId}`,
              config: { elderMode: true },
              groups: [{ name: "pilot", kiosks: [silentOne.kioskId] }],
            },
          })
        ).json,
      );
      await central.server.runFleetJobs();
      const silentPaused = Rollout.parse(
        (await call(central.url, "GET", `/v1/fleet/rollouts/${s.id}`, { token: op })).json,
      );
      expect(silentPaused.status).toBe("paused");
      expect(silentPaused.statusReason).toContain("1 silent");
      expect(
        (await call(central.url, "POST", `/v1/fleet/rollouts/${s.id}/cancel`, { token: op })).status,
      ).toBe(200);
    });

    it("rolls an app version out to a pilot; desired vs reported per kiosk; rollback gives the earlier one back", async () => {
      const { central } = get();
      const op = await managerSession(central, "arno.app", "operator");
      const k1 = await enroll(central, "app 1", "app-site");
      const k2 = await enroll(central, "app 2", "app-site");
      const post = (appVersion: string, kiosks: string[]) =>
        call(central.url, "POST", "/v1/fleet/rollouts", {
          token: op,
          body: {
            kind: "app",
            layer: "site:app-site",
            appVersion,
            groups: [
              { name: "pilot", kiosks },
              { name: "all", percent: 100 },
            ],
          },
        });
      const first = Rollout.parse((await post("1.1.0", [k1.kioskId, k2.kioskId])).json);
      await desired(central, k1, { appVersion: "1.1.0" });
      await desired(central, k2, { appVersion: "1.1.0" });
      await central.server.runFleetJobs();
      await central.server.runFleetJobs();
      expect(
        Rollout.parse((await call(central.url, "GET", `/v1/fleet/rollouts/${first.id}`, { token: op })).json)
          .status,
      ).toBe("completed");
      const second = Rollout.parse((await post("1.2.0", [k1.kioskId])).json);
      const placement = (k: { kioskId: string }) => ({ id: k.kioskId, site: "app-site", district: null });
      expect(await rolloutAppVersionFor(central.db.db, placement(k1))).toBe("1.2.0");
      expect(await rolloutAppVersionFor(central.db.db, placement(k2))).toBe("1.1.0");
      expect(
        await rolloutAppVersionFor(central.db.db, { id: "elsewhere", site: "other", district: null }),
      ).toBeUndefined();
      await desired(central, k1, { appVersion: "1.1.0", lastAppUpdate: { version: "1.2.0", outcome: "failed", at: new Date().toISOString() } });
      const view = KioskConfigReply.parse(
        (await call(central.url, "GET", `/v1/fleet/kiosks/${k1.kioskId}/config`, { token: op })).json,
      );
      expect(view.desired.appVersion).toBe("1.2.0");
      expect(view.reported.appVersion).toBe("1.1.0");
      expect(view.compliant.app).toBe(false);
      await central.server.runFleetJobs();
      expect(
        Rollout.parse((await call(central.url, "GET", `/v1/fleet/rollouts/${second.id}`, { token: op })).json)
          .status,
      ).toBe("paused");
      await call(central.url, "POST", `/v1/fleet/rollouts/${second.id}/rollback`, { token: op });
      expect(await rolloutAppVersionFor(central.db.db, placement(k1))).toBe("1.1.0");
    });

    it("refuses malformed rollouts in plain words", async () => {
      const { central } = get();
      const op = await managerSession(central, "mal.formed", "operator");
      const bad = [
        { kind: "config", layer: "global", config: { elderMode: true }, groups: [] },
        {
          kind: "config",
          layer: "global",
          config: { elderMode: true },
          groups: [
            { name: "a", percent: 50 },
            { name: "b", percent: 5 },
          ],
        },
        { kind: "config", layer: "global", config: { elderMode: true }, groups: [{ name: "a" }] },
        { kind: "app", layer: "global", appVersion: "../../etc", groups: [{ name: "a", percent: 5 }] },
        { kind: "firmware", layer: "global", groups: [{ name: "a", percent: 5 }] },
      ];
      for (const body of bad)
        expect((await call(central.url, "POST", "/v1/fleet/rollouts", { token: op, body })).status).toBe(400);
      const invalid = await call(central.url, "POST", "/v1/fleet/rollouts", {
        token: op,
        body: {
          kind: "config",
          layer: "global",
          config: { idle: { countdownSeconds: 1 } },
          groups: [{ name: "a", percent: 5 }],
        },
      });
      expect(invalid.status).toBe(422);
      const orphans = await central.db.db
        .selectFrom("rollouts")
        .select("id")
        .where("config_version", "is", null)
        .where("kind", "=", "config")
        .execute();
      expect(orphans).toHaveLength(0);
    });
  });
}
