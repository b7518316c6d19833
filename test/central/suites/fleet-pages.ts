import { describe, expect, it } from "vitest";
import { FleetKiosksReply, FleetSeriesReply, FleetSummaryReply } from "../../../central/fleet/schemas";
import type { SuiteContext } from "../contract";
import { call, enroll, heartbeatBody, MANAGER_TOKEN, newbornSubmission, postSubmission, startTestCentral } from "../harness";

const manager = { authorization: `Bearer ${MANAGER_TOKEN}` };
const okDevices = { reader: { state: "ok" }, printer: { state: "ok", paper: "ok", coverOpen: false } };

export function fleetPagesSuite(get: () => SuiteContext): void {
  describe("fleet lists in pages, filters and the fleet chart", () => {
    it("pages every kiosk exactly once in enrollment order, filters by site, district, status and version", async () => {
      const { backend } = get();
      let now = new Date("2026-12-01T08:00:00.000Z");
      const central = await startTestCentral(backend, { now: () => now });
      try {
        const sites = ["gulou-centre", "gulou-west", "taijiang-1", undefined, "gulou-centre", "gulouextra-1", undefined];
        const kiosks: { kioskId: string; token: string }[] = [];
        for (const [i, site] of sites.entries()) {
          kiosks.push(await enroll(central, `k${i}`, site));
          now = new Date(now.getTime() + 1000);
        }
        const beat = (i: number, body: Record<string, unknown>) =>
          call(central.url, "POST", "/v1/heartbeat", { token: kiosks[i]?.token ?? "", body: heartbeatBody(body) });
        for (const i of [0, 1, 2, 3]) expect((await beat(i, { devices: okDevices, intervalSeconds: 60 })).status).toBe(200);
        await beat(4, { devices: okDevices, appVersion: "0.2.0", intervalSeconds: 60 });
        await beat(5, { intervalSeconds: 60 }); // paper near its end: needs attention
        now = new Date(now.getTime() + 4 * 60_000);
        await beat(1, { devices: okDevices, intervalSeconds: 60 }); // the others fall silent

        const get = async (query: string) => {
          const r = await call(central.url, "GET", `/v1/fleet/kiosks${query}`, { headers: manager });
          expect(r.status, r.text).toBe(200);
          return FleetKiosksReply.parse(r.json);
        };
        const ids: string[] = [];
        let next: string | null | undefined = null;
        let pages = 0;
        do {
          const page = await get(`?limit=3${next ? `&after=${next}` : ""}`);
          ids.push(...page.kiosks.map((k) => k.id));
          next = page.next;
          pages += 1;
        } while (next);
        expect(pages).toBe(3);
        expect(ids).toEqual(kiosks.map((k) => k.kioskId));
        const names = async (query: string) => (await get(query)).kiosks.map((k) => k.name);
        expect(await names("?site=gulou-centre")).toEqual(["k0", "k4"]);
        // A district is the site's prefix up to a dash; "gulouextra-1" is another district.
        expect(await names("?district=gulou")).toEqual(["k0", "k1", "k4"]);
        expect(await names("?status=online")).toEqual(["k1"]);
        expect(await names("?status=offline")).toEqual(["k0", "k2", "k3", "k4", "k5"]);
        expect(await names("?status=never")).toEqual(["k6"]);
        expect(await names("?status=attention")).toEqual(["k5"]);
        expect(await names("?version=0.2.0")).toEqual(["k4"]);
        expect(await names("?district=gulou&status=offline&limit=1")).toEqual(["k0"]);
        const summary = FleetSummaryReply.parse(
          (await call(central.url, "GET", "/v1/fleet/summary", { headers: manager })).json,
        );
        expect(summary).toEqual({ kiosks: 7, online: 1, offline: 5, never: 1, attention: 1 });

        for (const bad of ["?limit=0", "?limit=1001", "?after=eyJ4Ijo", "?after=WyJhIl0", "?status=gone", "?district=gu%25", "?site=a_b"]) {
          const r = await call(central.url, "GET", `/v1/fleet/kiosks${bad}`, { headers: manager });
          expect(r.status, bad).toBe(400);
        }
        expect((await call(central.url, "GET", "/v1/fleet/summary", { token: kiosks[0]?.token ?? "" })).status).toBe(401);
      } finally {
        await central.close();
      }
    });

    it("samples online kiosks, paper and submissions into 5-minute buckets and serves them per step", async () => {
      const { backend } = get();
      let now = new Date("2026-12-02T09:01:00.000Z");
      const central = await startTestCentral(backend, { now: () => now });
      try {
        const a = await enroll(central, "a");
        const b = await enroll(central, "b");
        await call(central.url, "POST", "/v1/heartbeat", { token: a.token, body: heartbeatBody({ devices: okDevices }) });
        await call(central.url, "POST", "/v1/heartbeat", { token: b.token, body: heartbeatBody() });
        const submitted = newbornSubmission();
        const first = await postSubmission(central.url, a.token, submitted, submitted.id);
        expect(first.status).toBe(201);
        await central.server.sampleFleet();
        now = new Date("2026-12-02T09:06:00.000Z");
        await central.server.sampleFleet();
        const series = async (query: string) => {
          const r = await call(central.url, "GET", `/v1/fleet/series${query}`, { headers: manager });
          expect(r.status, r.text).toBe(200);
          return FleetSeriesReply.parse(r.json);
        };
        const fine = await series("?from=2026-12-02T09:00:00.000Z&to=2026-12-02T09:10:00.000Z");
        const status = (first.json as { status: string }).status;
        expect(fine.points).toEqual([
          {
            at: "2026-12-02T09:00:00.000Z",
            kiosks: 2,
            online: 2,
            attention: 1,
            paper: { ok: 1, nearEnd: 1, out: 0 },
            submissions: 1,
            approved: status === "approved" ? 1 : 0,
            rejected: status === "rejected" ? 1 : 0,
          },
          {
            // Heard at 09:01 every 60 s: offline after 09:04.
            at: "2026-12-02T09:05:00.000Z",
            kiosks: 2,
            online: 0,
            attention: 0,
            paper: { ok: 0, nearEnd: 0, out: 0 },
            submissions: 0,
            approved: 0,
            rejected: 0,
          },
        ]);
        const hourly = await series("?from=2026-12-02T00:00:00.000Z&to=2026-12-03T00:00:00.000Z&step=1h");
        // The 08:55 bucket holds only the submissions count of the sample at start (no gauges yet).
        expect(hourly.points).toMatchObject([
          { at: "2026-12-02T08:00:00.000Z", online: null, submissions: 0 },
          { at: "2026-12-02T09:00:00.000Z", online: 1, submissions: 1 },
        ]);
        // The default is the last 24 hours up to now.
        expect((await series("")).points).toHaveLength(3);
        for (const bad of [
          "?from=2026-10-01T00:00:00.000Z&to=2026-12-02T00:00:00.000Z",
          "?from=2026-12-02T00:00:00.000Z&to=2026-12-01T00:00:00.000Z",
          "?from=yesterday",
          "?step=1w",
        ]) {
          expect((await call(central.url, "GET", `/v1/fleet/series${bad}`, { headers: manager })).status, bad).toBe(400);
        }
        // Retention prunes buckets with the history.
        now = new Date("2027-01-15T00:00:00.000Z");
        expect(await central.server.purgeExpired()).toMatchObject({ heartbeats: 2, buckets: 3 });
        expect((await series("?from=2026-12-02T00:00:00.000Z&to=2026-12-03T00:00:00.000Z")).points).toEqual([]);
      } finally {
        await central.close();
      }
    });
  });
}
