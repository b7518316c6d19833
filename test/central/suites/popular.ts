import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { submittedAtSite } from "../../../central/db/queries/popular";
import { PopularServicesReply } from "../../../central/protocol";
import type { SuiteContext } from "../contract";
import { call, enroll, hotlineSubmission, postSubmission, type TestCentral } from "../harness";

const DAY = 86_400_000;
const PATH = "/v1/services/popular";

/** Stored submissions of `serviceId` received `daysAgo` days ago (rows as the submit path writes them). */
async function seed(central: TestCentral, kioskId: string, serviceId: string, count: number, daysAgo = 1) {
  const at = new Date(Date.now() - daysAgo * DAY).toISOString();
  const rows = Array.from({ length: count }, () => ({
    kiosk_id: kioskId,
    id: randomUUID(),
    service_id: serviceId,
    body_hash: "seeded",
    status: "accepted",
    tracking_no: `T${randomUUID()}`,
    reply_sealed: "",
    data_sealed: "",
    created_at: at,
    received_at: at,
    purged_at: null,
  }));
  await central.db.db.insertInto("submissions").values(rows).execute();
}

const ranking = async (central: TestCentral, token: string) => {
  const r = await call(central.url, "GET", PATH, { token });
  expect(r.status, r.text).toBe(200);
  return PopularServicesReply.parse(r.json);
};

export function popularSuite(get: () => SuiteContext): void {
  describe("most-used services per site", () => {
    it("ranks the caller's own site by the last 30 days' submissions and answered queries", async () => {
      const { central } = get();
      const site = `site-popular-${randomUUID()}`;
      const a = await enroll(central, "站点甲一", site);
      const b = await enroll(central, "站点甲二", site);
      const other = await enroll(central, "别的站点", `site-other-${randomUUID()}`);
      // A real submission through the route counts like the seeded ones.
      const real = hotlineSubmission();
      expect((await postSubmission(central.url, a.token, real, real.id)).status).toBe(201);
      await seed(central, a.kioskId, "hotline-12345", 2);
      await seed(central, b.kioskId, "utility-bill-payment", 5);
      await seed(central, a.kioskId, "service-rating", 4);
      // Older than the window, another site's, and an id the catalog does not know: none count.
      await seed(central, a.kioskId, "newborn-med-insurance", 50, 31);
      await seed(central, other.kioskId, "newborn-med-insurance", 40);
      await seed(central, b.kioskId, "no-such-service", 99);
      await central.db.db
        .insertInto("query_audit")
        .values(
          ["answered", "answered", "limited"].map((outcome) => ({
            id: randomUUID(),
            at: new Date().toISOString(),
            kiosk_id: b.kioskId,
            service_id: "transit-card-balance",
            resident_hash: "h",
            resident_masked: "-",
            outcome,
          })),
        )
        .execute();
      const fromA = await ranking(central, a.token);
      expect(fromA.services).toEqual([
        { serviceId: "utility-bill-payment", uses: 5 },
        { serviceId: "service-rating", uses: 4 },
        { serviceId: "hotline-12345", uses: 3 },
        { serviceId: "transit-card-balance", uses: 2 },
      ]);
      expect(fromA.total).toBe(14);
      expect(fromA.windowDays).toBe(30);
      // The other kiosk of the site reads the same ranking; the other site only its own.
      expect((await ranking(central, b.token)).services).toEqual(fromA.services);
      expect((await ranking(central, other.token)).services).toEqual([
        { serviceId: "newborn-med-insurance", uses: 40 },
      ]);
    });

    it("answers 304 to the same ETag, and a fresh ranking once a use changes it", async () => {
      const { central } = get();
      const kiosk = await enroll(central, "缓存", `site-etag-${randomUUID()}`);
      await seed(central, kiosk.kioskId, "hotline-12345", 1);
      const first = await call(central.url, "GET", PATH, { token: kiosk.token });
      const etag = first.headers.get("etag") ?? "";
      expect(etag).toMatch(/^".+"$/);
      expect(first.headers.get("cache-control")).toContain("private");
      const again = await call(central.url, "GET", PATH, {
        token: kiosk.token,
        headers: { "if-none-match": etag },
      });
      expect(again.status).toBe(304);
      expect(again.text).toBe("");
      await seed(central, kiosk.kioskId, "service-rating", 2);
      const changed = await call(central.url, "GET", PATH, {
        token: kiosk.token,
        headers: { "if-none-match": etag },
      });
      expect(changed.status).toBe(200);
      expect(PopularServicesReply.parse(changed.json).services[0]).toEqual({
        serviceId: "service-rating",
        uses: 2,
      });
    });

    it("ranks a kiosk without a site by its own use alone, and refuses a caller without a token", async () => {
      const { central } = get();
      const lone = await enroll(central, "无站点一");
      const loneToo = await enroll(central, "无站点二");
      await seed(central, lone.kioskId, "service-rating", 3);
      await seed(central, loneToo.kioskId, "hotline-12345", 7);
      expect((await ranking(central, lone.token)).services).toEqual([
        { serviceId: "service-rating", uses: 3 },
      ]);
      const fresh = await enroll(central, "新机", `site-empty-${randomUUID()}`);
      expect(await ranking(central, fresh.token)).toMatchObject({ total: 0, services: [] });
      expect((await call(central.url, "GET", PATH)).status).toBe(401);
      expect((await call(central.url, "GET", PATH, { token: "not-a-token" })).status).toBe(401);
      // A site named in the query string changes nothing: the site is the token's.
      const sneaky = await call(central.url, "GET", `${PATH}?site=anything`, { token: lone.token });
      expect(PopularServicesReply.parse(sneaky.json).services).toEqual([
        { serviceId: "service-rating", uses: 3 },
      ]);
    });

    it("counts from the index, not by reading the submissions table", async () => {
      const { central } = get();
      const query = submittedAtSite(central.db.db, {
        site: "s",
        kioskId: "k",
        since: "2026-01-01",
      }).compile();
      const plan = await central.db.db.connection().execute(async (conn) => {
        // A near-empty test table makes any planner prefer a scan; forbid it where one can.
        if (central.db.kind !== "sqlite") await sql`set enable_seqscan = off`.execute(conn);
        const prefix = central.db.kind === "sqlite" ? "EXPLAIN QUERY PLAN " : "EXPLAIN ";
        const rows = await conn.executeQuery<Record<string, unknown>>({ ...query, sql: prefix + query.sql });
        if (central.db.kind !== "sqlite") await sql`reset enable_seqscan`.execute(conn);
        return rows.rows.map((r) => Object.values(r).join(" ")).join("\n");
      });
      expect(plan).toContain("submissions_by_kiosk_received");
    });
  });
}
