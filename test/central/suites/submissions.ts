import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { countSubmissions } from "../../../central/db/queries/submissions";
import { BatchReply, SubmissionReply } from "../../../central/protocol";
import type { SuiteContext } from "../contract";
import { call, enroll, hotlineSubmission, postSubmission, startTestCentral } from "../harness";

export function submissionsSuite(get: () => SuiteContext): void {
  describe("submissions", () => {
    it("stores a first submission: 201 with status and tracking number", async () => {
      const { central } = get();
      const { token } = await enroll(central);
      const sub = hotlineSubmission();
      const r = await postSubmission(central.url, token, sub, sub.id);
      expect(r.status).toBe(201);
      const reply = SubmissionReply.parse(r.json);
      expect(reply).toMatchObject({ id: sub.id, serviceId: "hotline-12345", status: "accepted" });
      expect(reply.trackingNo).toMatch(/^FZ\d{14}$/);
      expect(r.headers.get("idempotent-replayed")).toBeNull();
    });

    it("replays the identical body with Idempotent-Replayed: true, also with keys reordered", async () => {
      const { central } = get();
      const { token, kioskId } = await enroll(central);
      const sub = hotlineSubmission();
      const first = await postSubmission(central.url, token, sub, sub.id);
      const again = await postSubmission(central.url, token, sub, sub.id);
      expect([200, 201]).toContain(again.status);
      expect(again.headers.get("idempotent-replayed")).toBe("true");
      expect(again.text).toBe(first.text);
      const reordered = { createdAt: sub.createdAt, data: sub.data, serviceId: sub.serviceId, id: sub.id };
      const third = await postSubmission(central.url, token, reordered, sub.id);
      expect(third.headers.get("idempotent-replayed")).toBe("true");
      expect(third.text).toBe(first.text);
      expect(await countSubmissions(central.db.db, kioskId, sub.id)).toBe(1);
    });

    it("answers 422 to the same key with a different body, and keeps the original", async () => {
      const { central } = get();
      const { token } = await enroll(central);
      const sub = hotlineSubmission("原始描述");
      const first = await postSubmission(central.url, token, sub, sub.id);
      const changed = {
        ...sub,
        data: { ...sub.data, answers: { ...sub.data.answers, description: "改过的描述" } },
      };
      const r = await postSubmission(central.url, token, changed, sub.id);
      expect(r.status).toBe(422);
      expect(r.json).toMatchObject({ error: { code: "idempotency_key_reused" } });
      const stored = await call(central.url, "GET", `/v1/submissions/${sub.id}`, { token });
      expect(stored.status).toBe(200);
      expect((stored.json as { trackingNo: string }).trackingNo).toBe(
        (first.json as { trackingNo: string }).trackingNo,
      );
    });

    it("answers 400 without Idempotency-Key and 4xx when it differs from body.id; neither creates anything", async () => {
      const { central } = get();
      const { token } = await enroll(central);
      const sub = hotlineSubmission();
      const missing = await postSubmission(central.url, token, sub);
      expect(missing.status).toBe(400);
      expect(missing.json).toMatchObject({ error: { code: "idempotency_key_missing" } });
      const mismatch = await postSubmission(central.url, token, sub, randomUUID());
      expect([400, 422]).toContain(mismatch.status);
      expect((await call(central.url, "GET", `/v1/submissions/${sub.id}`, { token })).status).toBe(404);
    });

    it("answers 422 to an unknown serviceId or a query service, creating nothing", async () => {
      const { central } = get();
      const { token } = await enroll(central);
      const unknown = { ...hotlineSubmission(), serviceId: "no-such-service" };
      const r = await postSubmission(central.url, token, unknown, unknown.id);
      expect(r.status).toBe(422);
      expect(r.json).toMatchObject({ error: { code: "unknown_service" } });
      expect((await call(central.url, "GET", `/v1/submissions/${unknown.id}`, { token })).status).toBe(404);
      const query = { ...hotlineSubmission(), serviceId: "housing-fund-balance" };
      expect((await postSubmission(central.url, token, query, query.id)).status).toBe(422);
    });

    it("answers 400 to malformed JSON and to bodies that break the schema", async () => {
      const { central } = get();
      const { token } = await enroll(central);
      const id = randomUUID();
      const broken = await call(central.url, "POST", "/v1/submissions", {
        token,
        body: '{"id": "oops", ',
        headers: { "idempotency-key": id },
      });
      expect(broken.status).toBe(400);
      const bad = [
        { ...hotlineSubmission(), id: "not-a-uuid" },
        { ...hotlineSubmission(), createdAt: "yesterday" },
        { ...hotlineSubmission(), data: { answers: { a: { nested: true } } } },
        { ...hotlineSubmission(), data: undefined },
      ];
      for (const body of bad) {
        const r = await postSubmission(central.url, token, body, body.id);
        expect(r.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      }
    });

    it("answers 413 to a body over 1 MiB and creates nothing", async () => {
      const { central } = get();
      const { token } = await enroll(central);
      const sub = hotlineSubmission();
      const big = {
        ...sub,
        data: { ...sub.data, photos: [{ mime: "image/jpeg", base64: "A".repeat(1024 * 1024) }] },
      };
      const r = await postSubmission(central.url, token, big, sub.id);
      expect(r.status).toBe(413);
      expect((await call(central.url, "GET", `/v1/submissions/${sub.id}`, { token })).status).toBe(404);
    });

    it("shows a kiosk only its own submissions: another kiosk's id is 404, and the key is per kiosk", async () => {
      const { central } = get();
      const a = await enroll(central, "A");
      const b = await enroll(central, "B");
      const sub = hotlineSubmission();
      expect((await postSubmission(central.url, a.token, sub, sub.id)).status).toBe(201);
      const peek = await call(central.url, "GET", `/v1/submissions/${sub.id}`, { token: b.token });
      expect(peek.status).toBe(404);
      expect(
        (await call(central.url, "GET", `/v1/submissions/${randomUUID()}`, { token: a.token })).status,
      ).toBe(404);
      // B sending the same id is B's own record, not a replay of A's.
      const bOwn = await postSubmission(central.url, b.token, sub, sub.id);
      expect(bOwn.status).toBe(201);
      expect(bOwn.headers.get("idempotent-replayed")).toBeNull();
    });

    it("creates exactly one record for concurrent duplicates", async () => {
      const { central } = get();
      const { token, kioskId } = await enroll(central);
      const sub = hotlineSubmission();
      const replies = await Promise.all(
        Array.from({ length: 12 }, () => postSubmission(central.url, token, sub, sub.id)),
      );
      expect(replies.map((r) => r.status).filter((s) => s === 201)).toHaveLength(1);
      expect(replies.every((r) => r.status === 200 || r.status === 201)).toBe(true);
      expect(new Set(replies.map((r) => r.text)).size).toBe(1);
      expect(await countSubmissions(central.db.db, kioskId, sub.id)).toBe(1);
    });

    it("deduplicates permanently: a replay after a restart still finds the record", async () => {
      const { backend } = get();
      const first = await startTestCentral(backend);
      const { token } = await enroll(first);
      const sub = hotlineSubmission();
      const original = await postSubmission(first.url, token, sub, sub.id);
      await first.close();
      const second = await startTestCentral(backend, { target: first.target });
      try {
        const again = await postSubmission(second.url, token, sub, sub.id);
        expect(again.headers.get("idempotent-replayed")).toBe("true");
        expect(again.text).toBe(original.text);
      } finally {
        await second.close();
      }
    });

    it("batch: per-item results follow the single route's rules", async () => {
      const { central } = get();
      const { token } = await enroll(central);
      const done = hotlineSubmission("already sent");
      await postSubmission(central.url, token, done, done.id);
      const fresh = hotlineSubmission("new");
      const conflict = {
        ...done,
        data: { ...done.data, answers: { ...done.data.answers, description: "changed" } },
      };
      const unknown = { ...hotlineSubmission(), serviceId: "no-such-service" };
      const malformed = { id: randomUUID(), serviceId: "hotline-12345" };
      const big = {
        ...hotlineSubmission(),
        data: { answers: {}, photos: [{ mime: "image/png", base64: "B".repeat(1024 * 1024) }] },
      };
      const r = await call(central.url, "POST", "/v1/submissions/batch", {
        token,
        body: { items: [fresh, done, conflict, unknown, malformed, big, fresh] },
      });
      expect(r.status).toBe(200);
      const { results } = BatchReply.parse(r.json);
      expect(results.map((x) => [x.status, x.replayed])).toEqual([
        [201, false],
        [200, true],
        [422, false],
        [422, false],
        [400, false],
        [413, false],
        [200, true],
      ]);
      expect(results[0]?.reply?.trackingNo).toBe(results[6]?.reply?.trackingNo);
      expect((await call(central.url, "GET", `/v1/submissions/${unknown.id}`, { token })).status).toBe(404);
    });

    it("batch: a repeated id inside one batch replays the first, or is 422 with another body", async () => {
      const { central } = get();
      const { token, kioskId } = await enroll(central);
      const first = hotlineSubmission("first");
      const changed = {
        ...first,
        data: { ...first.data, answers: { ...first.data.answers, description: "other" } },
      };
      const r = await call(central.url, "POST", "/v1/submissions/batch", {
        token,
        body: { items: [first, first, changed] },
      });
      const { results } = BatchReply.parse(r.json);
      expect(results.map((x) => [x.status, x.replayed])).toEqual([
        [201, false],
        [200, true],
        [422, false],
      ]);
      expect(await countSubmissions(central.db.db, kioskId, first.id)).toBe(1);
    });

    it("batch and single route racing on the same id still store one record", async () => {
      const { central } = get();
      const { token, kioskId } = await enroll(central);
      const subs = Array.from({ length: 20 }, () => hotlineSubmission());
      const [batch, ...singles] = await Promise.all([
        call(central.url, "POST", "/v1/submissions/batch", { token, body: { items: subs } }),
        ...subs.slice(0, 10).map((s) => postSubmission(central.url, token, s, s.id)),
      ]);
      expect(batch.status).toBe(200);
      const { results } = BatchReply.parse(batch.json);
      expect(results.every((x) => x.status === 200 || x.status === 201)).toBe(true);
      expect(singles.every((x) => x.status === 200 || x.status === 201)).toBe(true);
      for (const s of subs) expect(await countSubmissions(central.db.db, kioskId, s.id)).toBe(1);
      // Whoever stored it, everyone got the same reply text.
      singles.forEach((single, i) => {
        expect(SubmissionReply.parse(single.json)).toEqual(results[i]?.reply);
      });
    });

    it("batch: rejects a malformed envelope with 400 and an empty or oversized list", async () => {
      const { central } = get();
      const { token } = await enroll(central);
      const url = central.url;
      expect((await call(url, "POST", "/v1/submissions/batch", { token, body: "[" })).status).toBe(400);
      expect((await call(url, "POST", "/v1/submissions/batch", { token, body: { items: [] } })).status).toBe(
        400,
      );
      const many = Array.from({ length: 101 }, () => hotlineSubmission());
      expect(
        (await call(url, "POST", "/v1/submissions/batch", { token, body: { items: many } })).status,
      ).toBe(400);
    });
  });
}
