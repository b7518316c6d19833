import { describe, expect, it } from "vitest";
import { createEnrollmentCode } from "../../../central/domain/enrollment";
import { EnrollReply, ErrorReply } from "../../../central/protocol";
import type { SuiteContext } from "../contract";
import { call, enroll, heartbeatBody } from "../harness";

export function enrollAuthSuite(get: () => SuiteContext): void {
  describe("enrollment and access", () => {
    it("GET /healthz answers 200 without a token", async () => {
      const r = await call(get().central.url, "GET", "/healthz");
      expect(r.status).toBe(200);
      expect(r.json).toMatchObject({ status: "ok", db: get().backend.name });
    });

    it("trades a code once for a kiosk id and token; a used code is refused", async () => {
      const { central } = get();
      const code = await central.server.createEnrollmentCode();
      const first = await call(central.url, "POST", "/v1/enroll", { body: { code, name: "鼓楼一号" } });
      expect(first.status).toBe(201);
      expect(EnrollReply.strict().safeParse(first.json).success).toBe(true);
      const again = await call(central.url, "POST", "/v1/enroll", { body: { code, name: "鼓楼二号" } });
      expect(again.status).toBeGreaterThanOrEqual(400);
      expect(again.status).toBeLessThan(500);
      expect(again.json).toMatchObject({ error: { code: "enrollment_code_invalid" } });
    });

    it("accepts a code typed in lower case with spaces", async () => {
      const { central } = get();
      const code = await central.server.createEnrollmentCode();
      const typed = code.toLowerCase().replace(/-/g, " ");
      const r = await call(central.url, "POST", "/v1/enroll", { body: { code: typed, name: "typed" } });
      expect(r.status).toBe(201);
    });

    it("refuses unknown and expired codes", async () => {
      const { central } = get();
      const unknown = await call(central.url, "POST", "/v1/enroll", {
        body: { code: "AAAA-BBBB-CCCC", name: "x" },
      });
      expect(unknown.status).toBe(403);
      const past = new Date(Date.now() - 3 * 3600_000);
      const { code } = await createEnrollmentCode(central.db.db, { ttlHours: 1 }, past);
      const expired = await call(central.url, "POST", "/v1/enroll", { body: { code, name: "x" } });
      expect(expired.status).toBe(403);
    });

    it("rejects malformed enroll bodies with 400", async () => {
      const { url } = get().central;
      expect((await call(url, "POST", "/v1/enroll", { body: "{not json" })).status).toBe(400);
      expect((await call(url, "POST", "/v1/enroll", { body: { code: "" } })).status).toBe(400);
      expect((await call(url, "POST", "/v1/enroll", { body: [1, 2] })).status).toBe(400);
    });

    it("stores tokens hashed, never in clear", async () => {
      const { central } = get();
      const kiosk = await enroll(central);
      const row = await central.db.db
        .selectFrom("kiosks")
        .selectAll()
        .where("id", "=", kiosk.kioskId)
        .executeTakeFirstOrThrow();
      expect(row.token_hash).not.toContain(kiosk.token);
      expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    });

    it("answers 401 on every kiosk route without a token or with a wrong one", async () => {
      const { url } = get().central;
      const routes: [string, string, unknown][] = [
        ["POST", "/v1/submissions", {}],
        ["POST", "/v1/submissions/batch", { items: [] }],
        ["GET", "/v1/submissions/0f8fad5b-d9cb-469f-a165-70867728950e", undefined],
        ["POST", "/v1/heartbeat", heartbeatBody()],
        ["GET", "/v1/catalog", undefined],
        ["GET", "/v1/config", undefined],
        ["POST", "/v1/tickets", { centreId: "c", departmentId: "tax" }],
        ["POST", "/v1/queries/housing-fund-balance", {}],
      ];
      for (const [method, path, body] of routes) {
        const none = await call(url, method, path, body === undefined ? {} : { body });
        expect(none.status, `${method} ${path} without token`).toBe(401);
        const wrong = await call(url, method, path, {
          token: "not-a-real-token",
          ...(body === undefined ? {} : { body }),
        });
        expect(wrong.status, `${method} ${path} with a wrong token`).toBe(401);
        expect(ErrorReply.parse(wrong.json).error.code).toBe("unauthorized");
      }
    });

    it("answers 413 to a body over 1 MiB on every JSON route, before anything is stored", async () => {
      const { central } = get();
      const { token } = await enroll(central);
      const huge = { padding: "x".repeat(1024 * 1024 + 16) };
      const routes = [
        "/v1/enroll",
        "/v1/submissions",
        "/v1/heartbeat",
        "/v1/tickets",
        "/v1/queries/housing-fund-balance",
        "/v1/fleet/config",
      ];
      for (const path of routes) {
        const r = await call(central.url, "POST", path, { token, body: huge });
        expect(r.status, path).toBe(413);
        expect(ErrorReply.parse(r.json).error.code).toBe("too_large");
      }
    });

    it("answers unknown routes with 404 in the error shape", async () => {
      const r = await call(get().central.url, "GET", "/v1/nothing-here");
      expect(r.status).toBe(404);
      expect(r.json).toMatchObject({ error: { code: "not_found" } });
    });
  });
}
