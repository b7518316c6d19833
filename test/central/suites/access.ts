import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { FleetKiosksReply, KioskRevokeReply } from "../../../central/fleet/schemas";
import { ErrorReply, TokenRotateReply } from "../../../central/protocol";
import type { SuiteContext } from "../contract";
import {
  call,
  enroll,
  heartbeatBody,
  MANAGER_TOKEN,
  ROOMY_ADDRESS_LIMITS,
  startTestCentral,
} from "../harness";

const manager = { authorization: `Bearer ${MANAGER_TOKEN}` };
const TEN_MINUTES = 600_000;
/** The contract: a revocation reaches every process within 2 s. */
const REVOCATION_BOUND_MS = 2_000;

const heartbeat = (url: string, token: string) =>
  call(url, "POST", "/v1/heartbeat", { token, body: heartbeatBody() });
const errorCode = (json: unknown): string => ErrorReply.parse(json).error.code;

export function accessSuite(get: () => SuiteContext): void {
  describe("per-address limits", () => {
    it("answers 429 with Retry-After past N enrollment attempts per address, across two apps", async () => {
      const { backend } = get();
      const limits = { ...ROOMY_ADDRESS_LIMITS, enroll: { max: 3, windowMs: TEN_MINUTES } };
      const first = await startTestCentral(backend, { limits });
      const second = await startTestCentral(backend, { limits, target: first.target });
      try {
        const urls = [first.url, second.url, first.url];
        for (const url of urls) {
          const r = await call(url, "POST", "/v1/enroll", { body: { code: "AAAA-BBBB-CCCC", name: "x" } });
          expect(r.status).toBe(403);
        }
        for (const url of [second.url, first.url]) {
          const r = await call(url, "POST", "/v1/enroll", { body: { code: "AAAA-BBBB-CCCC", name: "x" } });
          expect(r.status).toBe(429);
          expect(errorCode(r.json)).toBe("rate_limited");
          const after = Number(r.headers.get("retry-after"));
          expect(after).toBeGreaterThan(0);
          expect(after).toBeLessThanOrEqual(600);
        }
        // A good code from that address waits too: guessing and trading look the same.
        const code = await first.server.createEnrollmentCode();
        expect((await call(first.url, "POST", "/v1/enroll", { body: { code, name: "x" } })).status).toBe(429);
      } finally {
        await second.close();
        await first.close();
      }
    });

    it("turns failed authentications past N per address into 429; valid and revoked tokens are not counted", async () => {
      const { backend } = get();
      const limits = { ...ROOMY_ADDRESS_LIMITS, authFailures: { max: 3, windowMs: TEN_MINUTES } };
      const first = await startTestCentral(backend, { limits });
      const second = await startTestCentral(backend, { limits, target: first.target });
      try {
        const good = await enroll(first, "good");
        const gone = await enroll(first, "gone");
        await call(first.url, "POST", `/v1/fleet/kiosks/${gone.kioskId}/revoke`, { headers: manager });
        for (let i = 0; i < 5; i++) {
          const revoked = await heartbeat(second.url, gone.token);
          expect(revoked.status).toBe(401);
          expect(errorCode(revoked.json)).toBe("kiosk_revoked");
        }
        const statuses: number[] = [];
        for (const url of [first.url, second.url, first.url, second.url, first.url]) {
          statuses.push((await heartbeat(url, "guessed-token")).status);
        }
        expect(statuses).toEqual([401, 401, 401, 429, 429]);
        const limited = await call(second.url, "GET", "/v1/fleet/kiosks", {
          headers: { authorization: "Bearer wrong-manager-credential" },
        });
        expect(limited.status).toBe(429);
        expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
        // The kiosk with a valid token at the same address keeps working.
        expect((await heartbeat(second.url, good.token)).status).toBe(200);
        expect((await heartbeat(first.url, good.token)).status).toBe(200);
      } finally {
        await second.close();
        await first.close();
      }
    });
  });

  describe("revocation and token rotation", () => {
    it("a revoked kiosk gets 401 on every route of every app within 2 s; the fleet route is repeatable", async () => {
      const { backend, central } = get();
      const second = await startTestCentral(backend, { target: central.target });
      try {
        const kiosk = await enroll(central);
        // Both apps have the token cached.
        expect((await heartbeat(central.url, kiosk.token)).status).toBe(200);
        expect((await heartbeat(second.url, kiosk.token)).status).toBe(200);
        const path = `/v1/fleet/kiosks/${kiosk.kioskId}/revoke`;
        expect((await call(central.url, "POST", path, { token: kiosk.token })).status).toBe(401);
        const r = await call(central.url, "POST", path, { headers: manager });
        expect(r.status).toBe(200);
        const { revokedAt } = KioskRevokeReply.parse(r.json);
        // The app that revoked forgets at once.
        expect(errorCode((await heartbeat(central.url, kiosk.token)).json)).toBe("kiosk_revoked");
        await sleep(REVOCATION_BOUND_MS);
        const routes: [string, string, unknown][] = [
          ["POST", "/v1/heartbeat", heartbeatBody()],
          ["GET", "/v1/catalog", undefined],
          ["GET", "/v1/config", undefined],
          ["POST", "/v1/tickets", { centreId: "c", departmentId: "tax" }],
          ["POST", "/v1/queries/housing-fund-balance", {}],
          ["POST", "/v1/submissions", {}],
          ["GET", "/v1/submissions/0f8fad5b-d9cb-469f-a165-70867728950e", undefined],
          ["POST", "/v1/token/rotate", undefined],
        ];
        for (const url of [central.url, second.url]) {
          for (const [method, route, body] of routes) {
            const reply = await call(url, method, route, {
              token: kiosk.token,
              ...(body === undefined ? {} : { body }),
            });
            expect(reply.status, `${method} ${route}`).toBe(401);
          }
        }
        // The fleet list names the revocation, so the console no longer shows the kiosk as online.
        const listed = FleetKiosksReply.parse(
          (await call(second.url, "GET", "/v1/fleet/kiosks", { headers: manager })).json,
        ).kiosks.find((k) => k.id === kiosk.kioskId);
        expect(listed?.revokedAt).toBe(revokedAt);
        const again = await call(second.url, "POST", path, { headers: manager });
        expect(KioskRevokeReply.parse(again.json).revokedAt).toBe(revokedAt);
        expect(
          (await call(central.url, "POST", "/v1/fleet/kiosks/no-such-kiosk/revoke", { headers: manager }))
            .status,
        ).toBe(404);
        const audit = await central.db.db
          .selectFrom("audit")
          .select("action")
          .where("action", "=", "kiosk.revoke")
          .where("detail_json", "like", `%${kiosk.kioskId}%`)
          .execute();
        expect(audit).toHaveLength(2);
      } finally {
        await second.close();
      }
    });

    it("rotates a token: the old one works until the new one is first used, then 401", async () => {
      const { backend, central } = get();
      const second = await startTestCentral(backend, { target: central.target });
      try {
        const kiosk = await enroll(central);
        const rotate = async (url: string, token: string) => {
          const r = await call(url, "POST", "/v1/token/rotate", { token });
          expect(r.status).toBe(201);
          return TokenRotateReply.parse(r.json);
        };
        // A first new token whose reply "was lost": the kiosk asks again with its old token.
        const lost = await rotate(central.url, kiosk.token);
        const fresh = await rotate(second.url, kiosk.token);
        expect(fresh.kioskId).toBe(kiosk.kioskId);
        expect(fresh.token).not.toBe(kiosk.token);
        expect((await heartbeat(second.url, kiosk.token)).status).toBe(200);
        expect((await heartbeat(central.url, lost.token)).status).toBe(401);
        expect((await heartbeat(central.url, fresh.token)).status).toBe(200);
        await sleep(REVOCATION_BOUND_MS);
        for (const url of [central.url, second.url]) {
          expect((await heartbeat(url, kiosk.token)).status).toBe(401);
          expect((await heartbeat(url, fresh.token)).status).toBe(200);
        }
        const row = await central.db.db
          .selectFrom("kiosks")
          .select(["token_hash", "next_token_hash"])
          .where("id", "=", kiosk.kioskId)
          .executeTakeFirstOrThrow();
        expect(row.next_token_hash).toBeNull();
        expect(row.token_hash).not.toContain(fresh.token);
      } finally {
        await second.close();
      }
    });

    it("a revoked kiosk's pending rotated token dies with it", async () => {
      const { central } = get();
      const kiosk = await enroll(central);
      const rotated = TokenRotateReply.parse(
        (await call(central.url, "POST", "/v1/token/rotate", { token: kiosk.token })).json,
      );
      await call(central.url, "POST", `/v1/fleet/kiosks/${kiosk.kioskId}/revoke`, { headers: manager });
      expect((await heartbeat(central.url, rotated.token)).status).toBe(401);
      expect((await heartbeat(central.url, kiosk.token)).status).toBe(401);
    });
  });
}
