import { describe, expect, it } from "vitest";
import { maskIdNumber } from "../../../kiosk-config/identity/mask";
import { DEMO_RESIDENTS } from "../../../central/demo/residents";
import { FleetAlertsReply, QueryAuditReply } from "../../../central/fleet/schemas";
import { ErrorReply, type Identity, QueryReply } from "../../../central/protocol";
import type { SuiteContext } from "../contract";
import { call, enroll, MANAGER_TOKEN, startTestCentral, syntheticIdentity } from "../harness";

const manager = { authorization: `Bearer ${MANAGER_TOKEN}` };
const TEN_MINUTES = 600_000;

/** The n-th made-up resident (distinct ID numbers, none in the demo register). */
const resident = (n: number): Identity => syntheticIdentity("1980-01-01", 100 + n);

const ask = (url: string, token: string, identity: Identity, serviceId = "social-insurance-status") =>
  call(url, "POST", `/v1/queries/${serviceId}`, { token, body: { identity, params: {} } });

export function queryLimitsSuite(get: () => SuiteContext): void {
  describe("query limits, audit and name check", () => {
    it("answers at most N distinct residents per kiosk and window; past it 429, Retry-After, one alert", async () => {
      const { backend } = get();
      let t = Date.parse("2026-03-01T02:00:00.000Z");
      const central = await startTestCentral(backend, {
        limits: { queryResidents: { max: 3, windowMs: TEN_MINUTES } },
        now: () => new Date(t),
      });
      try {
        const a = await enroll(central, "A");
        const b = await enroll(central, "B");
        for (const n of [1, 2, 1, 3]) {
          expect((await ask(central.url, a.token, resident(n))).status, `resident ${n}`).toBe(200);
          t += 60_000;
        }
        // 02:04: resident 1 was last asked about at 02:02, resident 2 at 02:01 (frees at 02:11).
        const over = await ask(central.url, a.token, resident(4), "housing-fund-balance");
        expect(over.status).toBe(429);
        expect(ErrorReply.parse(over.json).error).toMatchObject({
          code: "query_limit",
          zh: expect.stringContaining("繁忙") as string,
        });
        expect(over.headers.get("retry-after")).toBe(String(7 * 60));
        t += 60_000;
        expect((await ask(central.url, a.token, resident(5))).status).toBe(429);
        t += 60_000;
        // A resident already asked about is no new resident; another kiosk has its own count.
        expect((await ask(central.url, a.token, resident(3))).status).toBe(200);
        t += 60_000;
        expect((await ask(central.url, b.token, resident(4))).status).toBe(200);

        const alerts = FleetAlertsReply.parse(
          (await call(central.url, "GET", "/v1/fleet/alerts", { headers: manager })).json,
        ).alerts;
        expect(alerts).toHaveLength(1);
        expect(alerts[0]).toMatchObject({ kind: "query-limit", kioskId: a.kioskId });
        expect(JSON.stringify(alerts)).not.toContain(resident(4).idNumber);

        const audit = QueryAuditReply.parse(
          (
            await call(central.url, "GET", `/v1/fleet/kiosks/${a.kioskId}/queries`, {
              headers: manager,
            })
          ).json,
        ).queries;
        expect(audit.map((q) => q.outcome)).toEqual([
          "answered",
          "limited",
          "limited",
          "answered",
          "answered",
          "answered",
          "answered",
        ]);
        expect(audit[2]).toMatchObject({
          serviceId: "housing-fund-balance",
          resident: maskIdNumber(resident(4).idNumber),
        });
        // The clear ID number is nowhere in the audit table.
        const rows = await central.db.db.selectFrom("query_audit").selectAll().execute();
        const text = JSON.stringify(rows);
        for (const n of [1, 2, 3, 4, 5]) expect(text).not.toContain(resident(n).idNumber);

        // Once resident 2 leaves the window (02:11), one new resident fits again.
        t = Date.parse("2026-03-01T02:11:00.001Z");
        expect((await ask(central.url, a.token, resident(6))).status).toBe(200);
        expect((await ask(central.url, a.token, resident(7))).status).toBe(429);
        expect(
          (await call(central.url, "GET", "/v1/fleet/kiosks/nope/queries", { headers: manager })).status,
        ).toBe(404);
        expect((await call(central.url, "GET", "/v1/fleet/alerts", { token: a.token })).status).toBe(401);
      } finally {
        await central.close();
      }
    });

    it("holds the limit across two apps on one database, also for queries sent at once", async () => {
      const { backend } = get();
      const limits = { queryResidents: { max: 4, windowMs: TEN_MINUTES } };
      const first = await startTestCentral(backend, { limits });
      const second = await startTestCentral(backend, { limits, target: first.target });
      try {
        const { token } = await enroll(first);
        const urls = [first.url, second.url];
        const replies = await Promise.all(
          Array.from({ length: 12 }, (_, i) => ask(urls[i % 2] ?? first.url, token, resident(20 + i))),
        );
        expect(replies.filter((r) => r.status === 200)).toHaveLength(4);
        expect(replies.filter((r) => r.status === 429)).toHaveLength(8);
        const alerts = await first.db.db.selectFrom("alerts").selectAll().execute();
        expect(alerts).toHaveLength(1);
      } finally {
        await second.close();
        await first.close();
      }
    });

    it("refuses a name the register contradicts (422 + audit row), within the same limit", async () => {
      const { backend } = get();
      const central = await startTestCentral(backend, {
        limits: { queryResidents: { max: 2, windowMs: TEN_MINUTES } },
      });
      try {
        const { token, kioskId } = await enroll(central);
        const registered = DEMO_RESIDENTS[0];
        if (registered === undefined) throw new Error("no demo resident");
        const card = { ...syntheticIdentity(), idNumber: registered.idNumber };
        const wrong = await ask(central.url, token, { ...card, name: "冒名者" });
        expect(wrong.status).toBe(422);
        expect(ErrorReply.parse(wrong.json).error.code).toBe("identity_mismatch");
        const right = await ask(central.url, token, { ...card, name: ` ${registered.name} ` });
        expect(right.status).toBe(200);
        expect(QueryReply.parse(right.json).rows.length).toBeGreaterThan(0);
        // Not in the register: nothing to contradict.
        expect((await ask(central.url, token, { ...resident(40), name: "任意名" })).status).toBe(200);
        // Over the limit a wrong name learns nothing about the register: 429, not 422.
        const probing = await ask(central.url, token, {
          ...card,
          idNumber: DEMO_RESIDENTS[1]?.idNumber ?? "",
          name: "冒名者",
        });
        expect(probing.status).toBe(429);
        const outcomes = await central.db.db
          .selectFrom("query_audit")
          .select("outcome")
          .where("kiosk_id", "=", kioskId)
          .orderBy("at")
          .execute();
        expect(outcomes.map((o) => o.outcome).sort()).toEqual(
          ["answered", "answered", "limited", "name_mismatch"].sort(),
        );
      } finally {
        await central.close();
      }
    });

    it("audits refused queries too (unknown service, not a query)", async () => {
      const { central } = get();
      const { token, kioskId } = await enroll(central);
      expect((await ask(central.url, token, resident(50), "nope")).status).toBe(422);
      expect((await ask(central.url, token, resident(50), "newborn-med-insurance")).status).toBe(422);
      const rows = await central.db.db
        .selectFrom("query_audit")
        .select(["outcome", "service_id"])
        .where("kiosk_id", "=", kioskId)
        .execute();
      expect(rows.map((r) => r.outcome)).toEqual(["unknown_service", "unknown_service"]);
    });
  });
}
