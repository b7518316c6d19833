import { describe, expect, it } from "vitest";
import { AuditReply } from "../../../central/fleet/manager-schemas";
import { Rollout } from "../../../central/rollouts/schemas";
import { HeartbeatReply } from "../../../central/protocol";
import type { SuiteContext } from "../contract";
import { call, enroll, heartbeatBody, MANAGER_TOKEN, type TestCentral } from "../harness";
import { managerSession } from "./managers";

/** The audit entries of one action, newest first, as the console's audit page reads them. */
async function auditOf(central: TestCentral, action: string) {
  const r = await call(central.url, "GET", `/v1/fleet/audit?action=${encodeURIComponent(action)}`, {
    token: MANAGER_TOKEN,
  });
  return AuditReply.parse(r.json).entries;
}

/**
 * What the console's buttons do, at the service on each backend: a viewer is refused every
 * rollout action, a placement and a roll back; the system's own pause and each manager's change
 * land in the audit trail with who, before and after.
 */
export function consoleActionsSuite(get: () => SuiteContext): void {
  describe("console actions by role, with the audit trail", () => {
    it("a viewer cannot pause, resume, cancel or roll back; the automatic pause and the operator's roll back are audited", async () => {
      const { central } = get();
      const viewer = await managerSession(central, "vera.viewer", "viewer");
      const op = await managerSession(central, "oscar.operator", "operator");
      const k = await enroll(central, "audited pilot", "audit-site");
      const created = await call(central.url, "POST", "/v1/fleet/rollouts", {
        token: op,
        body: {
          kind: "config",
          layer: "site:audit-site",
          config: { elderMode: true },
          groups: [{ name: "pilot", kiosks: [k.kioskId] }],
        },
      });
      expect(created.status).toBe(201);
      const r = Rollout.parse(created.json);
      for (const action of ["pause", "resume", "cancel", "rollback"]) {
        const refused = await call(central.url, "POST", `/v1/fleet/rollouts/${r.id}/${action}`, {
          token: viewer,
        });
        expect(refused.status, action).toBe(403);
      }
      // The pilot kiosk tries the version, fails its self-test and rolls back: the rollout pauses.
      const beat = await call(central.url, "POST", "/v1/heartbeat", {
        token: k.token,
        body: heartbeatBody({
          configVersion: 0,
          configApplyVersion: r.configVersion,
          configState: "rolled_back",
        }),
      });
      expect(HeartbeatReply.parse(beat.json).desiredConfigVersion).toBe(r.configVersion);
      await central.server.runFleetJobs();
      const [pause] = await auditOf(central, "rollout.pause");
      expect(pause).toMatchObject({
        actor: "system:rollouts",
        detail: { id: r.id, before: { status: "running" }, after: { status: "paused" } },
      });
      const back = await call(central.url, "POST", `/v1/fleet/rollouts/${r.id}/rollback`, { token: op });
      expect(Rollout.parse(back.json).status).toBe("rolled-back");
      const [rollback] = await auditOf(central, "rollout.rollback");
      expect(rollback?.actor).toBe("manager:oscar.operator");
      expect(JSON.stringify(rollback?.detail)).toContain(r.id);
      // Nothing the viewer tried is in the trail.
      const byViewer = AuditReply.parse(
        (
          await call(central.url, "GET", "/v1/fleet/audit?actor=manager:vera.viewer", {
            token: MANAGER_TOKEN,
          })
        ).json,
      ).entries;
      expect(byViewer.filter((e) => e.action !== "manager.login")).toEqual([]);
    });

    it("a placement is the operator's, audited with before and after; a viewer's is refused and changes nothing", async () => {
      const { central } = get();
      const viewer = await managerSession(central, "val.viewer", "viewer");
      const op = await managerSession(central, "olive.operator", "operator");
      const k = await enroll(central, "placed kiosk", "old-site");
      const url = `/v1/fleet/kiosks/${k.kioskId}/placement`;
      expect(
        (await call(central.url, "PUT", url, { token: viewer, body: { site: "evil-site" } })).status,
      ).toBe(403);
      const moved = await call(central.url, "PUT", url, {
        token: op,
        body: { district: "台江区", site: "new-site" },
      });
      expect(moved.json).toEqual({ kioskId: k.kioskId, district: "台江区", site: "new-site" });
      const [entry] = await auditOf(central, "kiosk.placement");
      expect(entry).toMatchObject({
        actor: "manager:olive.operator",
        detail: {
          kioskId: k.kioskId,
          before: { district: null, site: "old-site" },
          after: { district: "台江区", site: "new-site" },
        },
      });
      // Clearing a field is a change too; an empty string is refused in plain words.
      expect(
        (await call(central.url, "PUT", url, { token: op, body: { district: null } })).json,
      ).toMatchObject({ district: null, site: "new-site" });
      const empty = await call(central.url, "PUT", url, { token: op, body: { site: "  " } });
      expect(empty.status).toBe(400);
      expect(
        (
          await call(central.url, "PUT", "/v1/fleet/kiosks/nope/placement", {
            token: op,
            body: { site: "x" },
          })
        ).status,
      ).toBe(404);
    });
  });
}
