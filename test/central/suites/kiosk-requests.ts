import { describe, expect, it } from "vitest";
import { AuditReply } from "../../../central/fleet/manager-schemas";
import {
  HeartbeatReply,
  KioskRequestList,
  KioskRequestReply,
  type SupportPacket,
  SupportPacketReceipt,
  TokenRotateReply,
} from "../../../central/protocol";
import type { SuiteContext } from "../contract";
import { call, enroll, heartbeatBody, MANAGER_TOKEN, startTestCentral, type TestCentral } from "../harness";
import { managerSession } from "./managers";

const packet = (requestId?: string): SupportPacket => ({
  createdAt: "2026-12-04T08:00:00.000Z",
  versions: { app: "1.2.3", config: 1, catalog: "2026.12" },
  configDigest: "b".repeat(64),
  devices: { printer: { state: "ok" } },
  diagnostics: [],
  logs: ["asked for by the fleet"],
  ...(requestId === undefined ? {} : { requestId }),
});

async function beat(central: TestCentral, token: string) {
  const r = await call(central.url, "POST", "/v1/heartbeat", { token, body: heartbeatBody() });
  expect(r.status, r.text).toBe(200);
  return HeartbeatReply.parse(r.json);
}

async function requestsOf(central: TestCentral, kioskId: string, token = MANAGER_TOKEN) {
  const r = await call(central.url, "GET", `/v1/fleet/kiosks/${kioskId}/requests`, { token });
  expect(r.status, r.text).toBe(200);
  return KioskRequestList.parse(r.json).requests;
}

async function auditOf(central: TestCentral, action: string) {
  const r = await call(central.url, "GET", `/v1/fleet/audit?action=${encodeURIComponent(action)}`, {
    token: MANAGER_TOKEN,
  });
  return AuditReply.parse(r.json).entries;
}

/**
 * A fleet manager's requests of one kiosk: asked by an operator (audited, one pending per kind
 * however often or however concurrently asked), carried by the kiosk's heartbeat reply, and done
 * when the packet arrives or the rotated token is first used — one packet per request.
 */
export function kioskRequestsSuite(get: () => SuiteContext): void {
  describe("remote requests to a kiosk", () => {
    it("asks once for a support packet, hands it to the kiosk's heartbeat, and is done by one packet", async () => {
      const { central } = get();
      const op = await managerSession(central, "rita.requests", "operator");
      const viewer = await managerSession(central, "rico.viewer", "viewer");
      const k = await enroll(central, "requested kiosk");
      const other = await enroll(central, "bystander kiosk");
      const path = `/v1/fleet/kiosks/${k.kioskId}/requests/support-packet`;

      expect((await call(central.url, "POST", path, { token: viewer })).status).toBe(403);
      expect(
        (
          await call(central.url, "POST", "/v1/fleet/kiosks/no-such-kiosk/requests/support-packet", {
            token: op,
          })
        ).status,
      ).toBe(404);
      expect(
        (await call(central.url, "GET", "/v1/fleet/kiosks/no-such-kiosk/requests", { token: op })).status,
      ).toBe(404);
      // A kiosk's own token is no manager's.
      expect((await call(central.url, "POST", path, { token: k.token })).status).toBe(401);

      const first = await call(central.url, "POST", path, { token: op });
      expect(first.status, first.text).toBe(201);
      const asked = KioskRequestReply.parse(first.json);
      expect(asked).toMatchObject({
        created: true,
        request: {
          kioskId: k.kioskId,
          kind: "support-packet",
          status: "pending",
          requestedBy: "manager:rita.requests",
        },
      });
      const again = await call(central.url, "POST", path, { token: MANAGER_TOKEN });
      expect(again.status).toBe(200);
      expect(KioskRequestReply.parse(again.json)).toEqual({ ...asked, created: false });
      const audited = (await auditOf(central, "kiosk.request.support-packet")).filter(
        (e) => (e.detail as { kioskId?: string }).kioskId === k.kioskId,
      );
      expect(audited).toHaveLength(1);
      expect(audited[0]).toMatchObject({
        actor: "manager:rita.requests",
        detail: { requestId: asked.request.id },
      });
      // A viewer sees requests; it just cannot make them.
      expect(await requestsOf(central, k.kioskId, viewer)).toEqual([asked.request]);

      // The kiosk hears of it; the other kiosk's reply stays as old kiosks know it.
      const reply = await beat(central, k.token);
      expect(reply.requests).toEqual([
        { id: asked.request.id, kind: "support-packet", requestedAt: asked.request.requestedAt },
      ]);
      expect("requests" in (await beat(central, other.token))).toBe(false);

      const sent = await call(central.url, "POST", "/v1/support-packets", {
        token: k.token,
        body: packet(asked.request.id),
      });
      expect(sent.status, sent.text).toBe(201);
      const receipt = SupportPacketReceipt.parse(sent.json);
      const [done] = await requestsOf(central, k.kioskId);
      expect(done).toMatchObject({ id: asked.request.id, status: "done", packetId: receipt.id });
      expect(done?.doneAt).not.toBeNull();
      expect((await beat(central, k.token)).requests).toBeUndefined();

      // Sent again for the same request (a lost reply): the first packet's receipt, nothing stored.
      const resent = await call(central.url, "POST", "/v1/support-packets", {
        token: k.token,
        body: packet(asked.request.id),
      });
      expect(resent.status).toBe(200);
      expect(SupportPacketReceipt.parse(resent.json)).toEqual(receipt);
      const stored = await central.db.db
        .selectFrom("support_packets")
        .select("id")
        .where("kiosk_id", "=", k.kioskId)
        .execute();
      expect(stored).toEqual([{ id: receipt.id }]);

      // Once done, a new ask is a new request.
      const later = await call(central.url, "POST", path, { token: op });
      expect(later.status).toBe(201);
      expect(KioskRequestReply.parse(later.json).request.id).not.toBe(asked.request.id);
      expect((await requestsOf(central, k.kioskId)).map((r) => r.status)).toEqual(["pending", "done"]);
    });

    it("keeps one pending request when many ask at once, and stores one packet when two answer at once", async () => {
      const { central } = get();
      const k = await enroll(central, "busy kiosk");
      const path = `/v1/fleet/kiosks/${k.kioskId}/requests/support-packet`;
      const replies = await Promise.all(
        Array.from({ length: 8 }, () => call(central.url, "POST", path, { token: MANAGER_TOKEN })),
      );
      expect(replies.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
      const ids = new Set(replies.map((r) => KioskRequestReply.parse(r.json).request.id));
      expect(ids.size).toBe(1);
      const [requestId] = [...ids];
      const uploads = await Promise.all(
        [1, 2, 3].map(() =>
          call(central.url, "POST", "/v1/support-packets", { token: k.token, body: packet(requestId) }),
        ),
      );
      expect(uploads.map((u) => u.status).sort()).toEqual([200, 200, 201]);
      const receipts = new Set(uploads.map((u) => SupportPacketReceipt.parse(u.json).id));
      expect(receipts.size).toBe(1);
      const stored = await central.db.db
        .selectFrom("support_packets")
        .select("id")
        .where("kiosk_id", "=", k.kioskId)
        .execute();
      expect(stored.map((s) => s.id)).toEqual([...receipts]);
    });

    it("a token rotation is done when the new token is first used, and the old one then stops", async () => {
      const { central } = get();
      const op = await managerSession(central, "tom.rotation", "operator");
      const k = await enroll(central, "rotating kiosk");
      const asked = KioskRequestReply.parse(
        (
          await call(central.url, "POST", `/v1/fleet/kiosks/${k.kioskId}/requests/token-rotation`, {
            token: op,
          })
        ).json,
      );
      expect((await beat(central, k.token)).requests).toEqual([
        { id: asked.request.id, kind: "token-rotation", requestedAt: asked.request.requestedAt },
      ]);
      const rotated = TokenRotateReply.parse(
        (await call(central.url, "POST", "/v1/token/rotate", { token: k.token })).json,
      );
      // Issued but not used: the old token still works, so the request still waits.
      expect((await requestsOf(central, k.kioskId))[0]?.status).toBe("pending");
      expect((await beat(central, rotated.token)).requests).toBeUndefined();
      const [done] = await requestsOf(central, k.kioskId);
      expect(done).toMatchObject({ kind: "token-rotation", status: "done", packetId: null });
      // Promoting the new token cleared this process's token cache: the old one is refused at once.
      const old = await call(central.url, "POST", "/v1/heartbeat", { token: k.token, body: heartbeatBody() });
      expect(old.status).toBe(401);
      expect((await auditOf(central, "kiosk.request.token-rotation"))[0]).toMatchObject({
        actor: "manager:tom.rotation",
        detail: { kioskId: k.kioskId },
      });
    });

    it("keeps a done request as long as the audit trail, and a pending one until the kiosk answers", async () => {
      let now = new Date("2026-01-05T02:00:00.000Z");
      const central = await startTestCentral(get().backend, { now: () => now });
      try {
        const k = await enroll(central, "kept kiosk");
        for (const kind of ["support-packet", "token-rotation"]) {
          const r = await call(central.url, "POST", `/v1/fleet/kiosks/${k.kioskId}/requests/${kind}`, {
            token: MANAGER_TOKEN,
          });
          expect(r.status).toBe(201);
        }
        const [packetRequest] = (await beat(central, k.token)).requests ?? [];
        expect(
          (
            await call(central.url, "POST", "/v1/support-packets", {
              token: k.token,
              body: packet(packetRequest?.id),
            })
          ).status,
        ).toBe(201);
        now = new Date("2027-01-10T02:00:00.000Z"); // past the default 365 days
        await central.server.purgeExpired();
        expect((await requestsOf(central, k.kioskId)).map((r) => [r.kind, r.status])).toEqual([
          ["token-rotation", "pending"],
        ]);
      } finally {
        await central.close();
      }
    });

    it("refuses a request of a revoked kiosk", async () => {
      const { central } = get();
      const k = await enroll(central, "revoked kiosk");
      expect(
        (
          await call(central.url, "POST", `/v1/fleet/kiosks/${k.kioskId}/revoke`, {
            token: MANAGER_TOKEN,
            body: {},
          })
        ).status,
      ).toBe(200);
      const r = await call(central.url, "POST", `/v1/fleet/kiosks/${k.kioskId}/requests/token-rotation`, {
        token: MANAGER_TOKEN,
      });
      expect(r.status).toBe(409);
      expect(await requestsOf(central, k.kioskId)).toEqual([]);
    });
  });
}
