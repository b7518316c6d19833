import { describe, expect, it } from "vitest";
import { QueryReply, TicketReply } from "../../../central/protocol";
import type { SuiteContext } from "../contract";
import {
  call,
  enroll,
  MANAGER_TOKEN,
  startTestCentral,
  syntheticIdentity,
  type TestCentral,
} from "../harness";

/** Publishes a fleet config naming the service centre of `site`'s kiosks. */
async function publishCentre(central: TestCentral, site: string, serviceCentreId: string): Promise<void> {
  const r = await call(central.url, "POST", "/v1/fleet/config", {
    headers: { authorization: `Bearer ${MANAGER_TOKEN}` },
    body: { site, config: { serviceCentreId } },
  });
  if (r.status !== 201) throw new Error(`publish failed: ${r.status} ${r.text}`);
}

export function ticketsQueriesSuite(get: () => SuiteContext): void {
  describe("queue tickets", () => {
    it("numbers tickets per centre and department with the department's letter", async () => {
      const { central } = get();
      await publishCentre(central, "site-gulou", "gulou-centre");
      await publishCentre(central, "site-taijiang", "taijiang-centre");
      const gulou = await enroll(central, "鼓楼", "site-gulou");
      const taijiang = await enroll(central, "台江", "site-taijiang");
      const draw = async (token: string, centreId: string, departmentId: string) =>
        TicketReply.parse(
          (await call(central.url, "POST", "/v1/tickets", { token, body: { centreId, departmentId } })).json,
        );
      expect(await draw(gulou.token, "gulou-centre", "housing-fund")).toMatchObject({
        ticketNo: "C001",
        waitingAhead: 0,
      });
      expect(await draw(gulou.token, "gulou-centre", "housing-fund")).toMatchObject({
        ticketNo: "C002",
        waitingAhead: 1,
      });
      expect(await draw(gulou.token, "gulou-centre", "tax")).toMatchObject({ ticketNo: "G001" });
      expect(await draw(taijiang.token, "taijiang-centre", "housing-fund")).toMatchObject({
        ticketNo: "C001",
      });
    });

    it("issues tickets only for the centre and departments of the kiosk's site (422 otherwise)", async () => {
      const { central } = get();
      await publishCentre(central, "site-cangshan", "cangshan-centre");
      await call(central.url, "POST", "/v1/fleet/config", {
        headers: { authorization: `Bearer ${MANAGER_TOKEN}` },
        body: { site: "site-metro-1", config: { site: "metro" } },
      });
      const cangshan = await enroll(central, "仓山", "site-cangshan");
      const metro = await enroll(central, "地铁", "site-metro-1");
      const unconfigured = await enroll(central, "无站点");
      const draw = (token: string, centreId: string, departmentId = "tax") =>
        call(central.url, "POST", "/v1/tickets", { token, body: { centreId, departmentId } });
      const other = await draw(cangshan.token, "gulou-centre");
      expect(other.status).toBe(422);
      expect(other.json).toMatchObject({ error: { code: "not_this_site" } });
      expect((await draw(cangshan.token, "cangshan-centre")).status).toBe(201);
      // Without a fleet config a kiosk runs the built-in default centre, and so does the check.
      expect((await draw(unconfigured.token, "cangshan-centre")).status).toBe(422);
      expect((await draw(unconfigured.token, "fz-citizen-centre")).status).toBe(201);
      // A metro station offers no queue departments at all.
      expect((await draw(metro.token, "fz-citizen-centre")).status).toBe(422);
      const before = await call(central.url, "POST", "/v1/tickets", {
        token: cangshan.token,
        body: { centreId: "cangshan-centre", departmentId: "tax" },
      });
      expect(TicketReply.parse(before.json).ticketNo).toBe("G002");
    });

    it("rejects unknown departments (422) and malformed bodies (400)", async () => {
      const { central } = get();
      const { token } = await enroll(central);
      const unknown = await call(central.url, "POST", "/v1/tickets", {
        token,
        body: { centreId: "fz-citizen-centre", departmentId: "nope" },
      });
      expect(unknown.status).toBe(422);
      expect(
        (await call(central.url, "POST", "/v1/tickets", { token, body: { centreId: "c" } })).status,
      ).toBe(400);
      expect((await call(central.url, "POST", "/v1/tickets", { token, body: "{x" })).status).toBe(400);
    });

    it("never gives two kiosks the same number, also across two server processes on one database", async () => {
      const { central, backend } = get();
      const second = await startTestCentral(backend, { target: central.target });
      try {
        await publishCentre(central, "site-race", "jinan-centre");
        const kiosks = await Promise.all([
          enroll(central, "K1", "site-race"),
          enroll(central, "K2", "site-race"),
          enroll(central, "K3", "site-race"),
        ]);
        const servers = [central.url, second.url];
        const draws = Array.from({ length: 60 }, (_, i) =>
          call(servers[i % 2] ?? central.url, "POST", "/v1/tickets", {
            token: kiosks[i % 3]?.token ?? "",
            body: { centreId: "jinan-centre", departmentId: "social-insurance" },
          }),
        );
        const replies = await Promise.all(draws);
        expect(replies.every((r) => r.status === 201)).toBe(true);
        const numbers = replies.map((r) => TicketReply.parse(r.json).ticketNo).sort();
        expect(new Set(numbers).size).toBe(60);
        expect(numbers[0]).toBe("A001");
        expect(numbers[59]).toBe("A060");
      } finally {
        await second.close();
      }
    });
  });

  describe("query services", () => {
    it("answers housing-fund-balance from demo data, the same for the same resident", async () => {
      const { central } = get();
      const { token } = await enroll(central);
      const ask = async () =>
        call(central.url, "POST", "/v1/queries/housing-fund-balance", {
          token,
          body: { identity: syntheticIdentity(), params: {} },
        });
      const r = await ask();
      expect(r.status).toBe(200);
      const reply = QueryReply.parse(r.json);
      expect(reply.rows.map((x) => x.label.en)).toContain("Balance");
      expect(QueryReply.parse((await ask()).json).rows).toEqual(reply.rows);
    });

    it("answers social-insurance-status for one insurance type", async () => {
      const { central } = get();
      const { token } = await enroll(central);
      const r = await call(central.url, "POST", "/v1/queries/social-insurance-status", {
        token,
        body: { identity: syntheticIdentity(), params: { insuranceType: "pension" } },
      });
      const labels = QueryReply.parse(r.json).rows.map((x) => x.label.en);
      expect(labels.some((l) => l.startsWith("Pension"))).toBe(true);
      expect(labels.some((l) => l.startsWith("Medical"))).toBe(false);
    });

    it("answers 12345 progress from real submissions by tracking number", async () => {
      const { central } = get();
      const { token } = await enroll(central);
      const { hotlineSubmission, postSubmission } = await import("../harness");
      const sub = hotlineSubmission();
      const trackingNo = (
        (await postSubmission(central.url, token, sub, sub.id)).json as { trackingNo: string }
      ).trackingNo;
      const r = await call(central.url, "POST", "/v1/queries/hotline-12345-progress", {
        token,
        body: { identity: syntheticIdentity(), params: { trackingNo } },
      });
      const rows = QueryReply.parse(r.json).rows;
      const progress = rows.find((x) => x.label.en === "Progress");
      // Old kiosks read `value`; newer ones show `text` in the resident's language alone.
      expect(progress?.value).toContain("Accepted");
      expect(progress?.text).toEqual({ "zh-CN": "已受理", en: "Accepted" });
      // Identity is optional for this service: a resident without a card gets the same answer.
      const anonymous = await call(central.url, "POST", "/v1/queries/hotline-12345-progress", {
        token,
        body: { params: { trackingNo } },
      });
      expect(anonymous.status).toBe(200);
      expect(QueryReply.parse(anonymous.json).rows).toEqual(rows);
    });

    it("rejects unknown (422), non-query (422) and malformed (400) queries", async () => {
      const { central } = get();
      const { token } = await enroll(central);
      const body = { identity: syntheticIdentity(), params: {} };
      expect((await call(central.url, "POST", "/v1/queries/nope", { token, body })).status).toBe(422);
      expect(
        (await call(central.url, "POST", "/v1/queries/newborn-med-insurance", { token, body })).status,
      ).toBe(422);
      // A query about the card holder without one: refused in words, not answered for nobody.
      const noCard = await call(central.url, "POST", "/v1/queries/housing-fund-balance", {
        token,
        body: { params: {} },
      });
      expect(noCard.status).toBe(422);
      expect(noCard.json).toMatchObject({
        error: { code: "identity_required", zh: "办理此事项需要先读取身份证" },
      });
      expect(
        (await call(central.url, "POST", "/v1/queries/housing-fund-balance", { token, body: "{" })).status,
      ).toBe(400);
    });

    it("without demo data a query service answers 503 (retry later)", async () => {
      const { backend } = get();
      const central = await startTestCentral(backend, { demoData: false });
      try {
        const { token } = await enroll(central);
        const r = await call(central.url, "POST", "/v1/queries/housing-fund-balance", {
          token,
          body: { identity: syntheticIdentity(), params: {} },
        });
        expect(r.status).toBe(503);
      } finally {
        await central.close();
      }
    });
  });
}
