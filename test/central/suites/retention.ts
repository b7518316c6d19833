import { describe, expect, it } from "vitest";
import type { SuiteContext } from "../contract";
import {
  call,
  enroll,
  heartbeatBody,
  hotlineSubmission,
  MANAGER_TOKEN,
  newbornSubmission,
  postSubmission,
  startTestCentral,
} from "../harness";

const DAY = 86_400_000;

export function retentionSuite(get: () => SuiteContext): void {
  describe("retention", () => {
    it("purges a decided submission's data after 180 days and an open one's after 365, keeping replays working", async () => {
      const { backend } = get();
      let t = Date.now();
      const now = () => new Date(t);
      const central = await startTestCentral(backend, { now });
      let restarted: Awaited<ReturnType<typeof startTestCentral>> | undefined;
      try {
        const { token, kioskId } = await enroll(central);
        const code = await call(central.url, "POST", "/v1/fleet/enrollment-codes", {
          headers: { authorization: `Bearer ${MANAGER_TOKEN}` },
          body: {},
        });
        expect(code.status).toBe(201);
        const decided = newbornSubmission({ certificateNo: "Q350100002" });
        const first = await postSubmission(central.url, token, decided, decided.id);
        expect(["approved", "rejected"]).toContain((first.json as { status: string }).status);
        const open = hotlineSubmission();
        expect((await postSubmission(central.url, token, open, open.id)).status).toBe(201);
        expect(
          (await call(central.url, "POST", "/v1/heartbeat", { token, body: heartbeatBody() })).status,
        ).toBe(200);
        const row = (id: string) =>
          central.db.db
            .selectFrom("submissions")
            .select(["data_sealed", "purged_at"])
            .where("kiosk_id", "=", kioskId)
            .where("id", "=", id)
            .executeTakeFirstOrThrow();

        t += 179 * DAY;
        // Heartbeat history goes after 30 days; the decided submission's data not before 180.
        expect(await central.server.purgeExpired()).toMatchObject({ submissions: 0, heartbeats: 1 });
        t += 2 * DAY;
        expect(await central.server.purgeExpired()).toMatchObject({ submissions: 1, heartbeats: 0 });
        expect(await row(decided.id)).toEqual({ data_sealed: "", purged_at: now().toISOString() });
        expect((await row(open.id)).data_sealed).toMatch(/^gcm1:/);
        // Deduplication outlives the data: the kiosk still gets its original reply.
        const replay = await postSubmission(central.url, token, decided, decided.id);
        expect(replay.status).toBe(200);
        expect(replay.text).toBe(first.text);
        expect((await call(central.url, "GET", `/v1/submissions/${decided.id}`, { token })).status).toBe(200);

        // The job also runs at start: a restart a year on purges the open submission and the audit trail.
        await central.server.close();
        t += 185 * DAY;
        restarted = await startTestCentral(backend, { target: central.target, now });
        expect((await row(open.id)).data_sealed).toBe("");
        const audit = await central.db.db.selectFrom("audit").select("id").execute();
        expect(audit).toEqual([]);
      } finally {
        await restarted?.close();
        await central.close();
      }
    });
  });
}
