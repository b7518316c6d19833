import { describe, expect, it } from "vitest";
import { AuditReply, LoginReply, MeReply } from "../../../central/fleet/manager-schemas";
import { createManager } from "../../../central/managers/accounts";
import type { SuiteContext } from "../contract";
import { call, enroll, MANAGER_TOKEN, type TestCentral } from "../harness";

const PASSWORD = "correct horse battery staple";

/** Makes a manager straight in the database (as `fleet -- add-manager` does) and logs in. */
export async function managerSession(
  central: TestCentral,
  username: string,
  role: "viewer" | "operator" | "admin",
) {
  await createManager(central.db.db, { username, password: PASSWORD, role }, "fleet-script", new Date());
  const r = await call(central.url, "POST", "/v1/fleet/login", { body: { username, password: PASSWORD } });
  if (r.status !== 200) throw new Error(`login failed: ${r.status} ${r.text}`);
  return LoginReply.parse(r.json).token;
}

export function managersSuite(get: () => SuiteContext): void {
  describe("managers, roles and the audit trail", () => {
    it("logs a manager in with an argon2id hash, and a wrong password or unknown name is the same 401", async () => {
      const { central } = get();
      const token = await managerSession(central, "amy.admin", "admin");
      const me = MeReply.parse((await call(central.url, "GET", "/v1/fleet/me", { token })).json);
      expect(me).toEqual({ actor: "manager:amy.admin", role: "admin", kind: "session" });
      const stored = await central.db.db
        .selectFrom("managers")
        .select("password_hash")
        .where("username", "=", "amy.admin")
        .executeTakeFirstOrThrow();
      expect(stored.password_hash).toMatch(/^\$argon2id\$/);
      expect(stored.password_hash).not.toContain(PASSWORD);
      const wrong = await call(central.url, "POST", "/v1/fleet/login", {
        body: { username: "amy.admin", password: "not the password" },
      });
      const unknown = await call(central.url, "POST", "/v1/fleet/login", {
        body: { username: "nobody.here", password: PASSWORD },
      });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrong.json).toEqual(unknown.json);
      // A session token is stored only hashed.
      const sessions = await central.db.db.selectFrom("manager_sessions").select("token_hash").execute();
      expect(sessions.every((s) => s.token_hash !== token && /^[0-9a-f]{64}$/.test(s.token_hash))).toBe(true);
    });

    it("a viewer reads but cannot publish, roll out, make codes, revoke or manage; an operator cannot revoke or manage", async () => {
      const { central } = get();
      const viewer = await managerSession(central, "vic.viewer", "viewer");
      const operator = await managerSession(central, "otto.operator", "operator");
      const kiosk = await enroll(central, "role test kiosk");
      expect((await call(central.url, "GET", "/v1/fleet/kiosks", { token: viewer })).status).toBe(200);
      expect((await call(central.url, "GET", "/v1/fleet/audit", { token: viewer })).status).toBe(200);
      const writes: [string, string, unknown][] = [
        ["PUT", "/v1/fleet/config/layers/global", { config: { elderMode: true } }],
        ["POST", "/v1/fleet/config", { config: { elderMode: true } }],
        [
          "POST",
          "/v1/fleet/rollouts",
          { kind: "app", layer: "global", appVersion: "9.9.9", groups: [{ name: "all", percent: 100 }] },
        ],
        ["POST", "/v1/fleet/enrollment-codes", {}],
        ["PUT", `/v1/fleet/kiosks/${kiosk.kioskId}/placement`, { district: "鼓楼区" }],
      ];
      for (const [method, path, body] of writes) {
        const r = await call(central.url, method, path, { token: viewer, body });
        expect(r.status, `${method} ${path}`).toBe(403);
        expect(r.json).toMatchObject({ error: { code: "forbidden" } });
      }
      for (const token of [viewer, operator]) {
        expect(
          (await call(central.url, "POST", `/v1/fleet/kiosks/${kiosk.kioskId}/revoke`, { token })).status,
        ).toBe(403);
        const made = await call(central.url, "POST", "/v1/fleet/managers", {
          token,
          body: { username: "eve.evil", password: PASSWORD, role: "admin" },
        });
        expect(made.status).toBe(403);
      }
      expect(
        (await call(central.url, "POST", "/v1/fleet/enrollment-codes", { token: operator, body: {} })).status,
      ).toBe(201);
      expect((await call(central.url, "GET", "/v1/fleet/managers", { token: operator })).status).toBe(403);
      // Nothing the refused calls tried was stored.
      const evil = await central.db.db
        .selectFrom("managers")
        .select("id")
        .where("username", "=", "eve.evil")
        .execute();
      expect(evil).toHaveLength(0);
      const published = await central.db.db
        .selectFrom("audit")
        .select("actor")
        .where("actor", "=", "manager:vic.viewer")
        .where("action", "!=", "manager.login")
        .execute();
      expect(published).toHaveLength(0);
    });

    it("an expired, logged-out or disabled manager's session answers 401 session_expired", async () => {
      const { central } = get();
      const token = await managerSession(central, "sam.session", "operator");
      expect((await call(central.url, "GET", "/v1/fleet/me", { token })).status).toBe(200);
      const row = await central.db.db
        .selectFrom("managers")
        .select("id")
        .where("username", "=", "sam.session")
        .executeTakeFirstOrThrow();
      await central.db.db
        .updateTable("manager_sessions")
        .set({ expires_at: "2000-01-01T00:00:00.000Z" })
        .where("manager_id", "=", row.id)
        .execute();
      const expired = await call(central.url, "GET", "/v1/fleet/kiosks", { token });
      expect(expired.status).toBe(401);
      expect(expired.json).toMatchObject({ error: { code: "session_expired" } });

      const again = LoginReply.parse(
        (
          await call(central.url, "POST", "/v1/fleet/login", {
            body: { username: "sam.session", password: PASSWORD },
          })
        ).json,
      ).token;
      expect((await call(central.url, "POST", "/v1/fleet/logout", { token: again })).status).toBe(204);
      expect((await call(central.url, "GET", "/v1/fleet/me", { token: again })).status).toBe(401);

      const third = LoginReply.parse(
        (
          await call(central.url, "POST", "/v1/fleet/login", {
            body: { username: "sam.session", password: PASSWORD },
          })
        ).json,
      ).token;
      const disabled = await call(central.url, "PATCH", `/v1/fleet/managers/${row.id}`, {
        token: MANAGER_TOKEN,
        body: { disabled: true },
      });
      expect(disabled.status).toBe(200);
      expect((await call(central.url, "GET", "/v1/fleet/me", { token: third })).json).toMatchObject({
        error: { code: "session_expired" },
      });
      expect(
        (
          await call(central.url, "POST", "/v1/fleet/login", {
            body: { username: "sam.session", password: PASSWORD },
          })
        ).status,
      ).toBe(401);
    });

    it("audits every change with who, before and after; the break-glass token is audited as such", async () => {
      const { central } = get();
      const token = await managerSession(central, "olga.operator", "operator");
      await call(central.url, "PUT", "/v1/fleet/config/layers/district:仓山区", {
        token,
        body: { config: { elderMode: true } },
      });
      await call(central.url, "PUT", "/v1/fleet/config/layers/district:仓山区", {
        token,
        body: { config: { elderMode: false } },
      });
      await call(central.url, "POST", "/v1/fleet/enrollment-codes", { token: MANAGER_TOKEN, body: {} });
      const page = AuditReply.parse(
        (
          await call(
            central.url,
            "GET",
            "/v1/fleet/audit?actor=manager:olga.operator&action=config.publish",
            { token },
          )
        ).json,
      );
      expect(page.entries).toHaveLength(2);
      expect(page.entries[0]?.detail).toMatchObject({
        layer: "district:仓山区",
        before: { config: { elderMode: true } },
        after: { config: { elderMode: false } },
      });
      expect(page.entries[1]?.detail).toMatchObject({ before: null });
      const glass = AuditReply.parse(
        (await call(central.url, "GET", "/v1/fleet/audit?action=enrollment-code.create&limit=200", { token }))
          .json,
      );
      expect(glass.entries.some((e) => e.actor === "break-glass")).toBe(true);
    });

    it("pages the audit trail by cursor without gaps or repeats, and refuses a forged cursor", async () => {
      const { central } = get();
      const token = await managerSession(central, "pat.pager", "viewer");
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const path: string = `/v1/fleet/audit?limit=3${cursor === null ? "" : `&cursor=${cursor}`}`;
        const page = AuditReply.parse((await call(central.url, "GET", path, { token })).json);
        seen.push(...page.entries.map((e) => e.id));
        cursor = page.nextCursor;
      } while (cursor !== null);
      const total = await central.db.db.selectFrom("audit").select("id").execute();
      expect(seen.length).toBe(total.length);
      expect(new Set(seen).size).toBe(seen.length);
      expect((await call(central.url, "GET", "/v1/fleet/audit?cursor=bm9wZQ", { token })).status).toBe(400);
    });

    it("no route changes or deletes an audit row, and the database itself refuses an update", async () => {
      const { central } = get();
      const before = await central.db.db.selectFrom("audit").selectAll().orderBy("id").execute();
      const target = before[0];
      if (target === undefined) throw new Error("no audit rows");
      for (const method of ["PUT", "PATCH", "DELETE", "POST"]) {
        for (const path of ["/v1/fleet/audit", `/v1/fleet/audit/${target.id}`]) {
          const r = await call(central.url, method, path, {
            token: MANAGER_TOKEN,
            body: { actor: "nobody", detail: {} },
          });
          expect(r.status, `${method} ${path}`).toBe(404);
        }
      }
      await expect(
        central.db.db
          .updateTable("audit")
          .set({ actor: "someone else" })
          .where("id", "=", target.id)
          .execute(),
      ).rejects.toThrow(/append-only/);
      const after = await central.db.db
        .selectFrom("audit")
        .selectAll()
        .where(
          "id",
          "in",
          before.map((r) => r.id),
        )
        .orderBy("id")
        .execute();
      expect(after).toEqual(before);
    });

    it("refuses a weak password, a bad username and a taken one in plain words", async () => {
      const { central } = get();
      const post = (body: unknown) =>
        call(central.url, "POST", "/v1/fleet/managers", { token: MANAGER_TOKEN, body });
      expect((await post({ username: "short.pw", password: "short", role: "viewer" })).json).toMatchObject({
        error: { code: "weak_password" },
      });
      expect((await post({ username: "Bad Name", password: PASSWORD, role: "viewer" })).json).toMatchObject({
        error: { code: "invalid_username" },
      });
      expect((await post({ username: "dup.name", password: PASSWORD, role: "viewer" })).status).toBe(201);
      expect((await post({ username: "dup.name", password: PASSWORD, role: "viewer" })).status).toBe(409);
      expect((await post({ username: "x.role", password: PASSWORD, role: "root" })).status).toBe(400);
    });
  });
}
