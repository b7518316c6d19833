import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { countSubmissions } from "../../../central/db/queries/submissions";
import { BatchReply, MAX_JSON_DEPTH } from "../../../central/protocol";
import type { SuiteContext } from "../contract";
import { call, enroll, heartbeatBody, hotlineSubmission, MANAGER_TOKEN, postSubmission } from "../harness";

/** JSON text nested `depth` arrays deep. */
const deepJson = (depth: number): string => `${"[".repeat(depth)}${"]".repeat(depth)}`;
const manager = { authorization: `Bearer ${MANAGER_TOKEN}` };

export function inputLimitsSuite(get: () => SuiteContext): void {
  describe("input that cannot hurt", () => {
    it("answers 400, never 5xx, to a body nested too deep on every JSON route", async () => {
      const { central } = get();
      const { token } = await enroll(central);
      const sub = hotlineSubmission();
      const routes: [string, Record<string, string>][] = [
        ["/v1/enroll", {}],
        ["/v1/submissions", { authorization: `Bearer ${token}`, "idempotency-key": sub.id }],
        ["/v1/heartbeat", { authorization: `Bearer ${token}` }],
        ["/v1/tickets", { authorization: `Bearer ${token}` }],
        ["/v1/queries/housing-fund-balance", { authorization: `Bearer ${token}` }],
        ["/v1/fleet/enrollment-codes", manager],
        ["/v1/fleet/config", manager],
      ];
      for (const depth of [MAX_JSON_DEPTH + 1, 20_000]) {
        for (const [path, headers] of routes) {
          const body = `{"id":"${sub.id}","x":${deepJson(depth)}}`;
          const r = await call(central.url, "POST", path, { headers, body });
          expect(r.status, `${path} at depth ${depth}`).toBe(400);
        }
      }
      // Just inside the limit is no problem of depth (the schema decides).
      const ok = {
        ...sub,
        data: { ...sub.data, extra: JSON.parse(deepJson(MAX_JSON_DEPTH - 2)) as unknown },
      };
      expect((await postSubmission(central.url, token, ok, sub.id)).status).toBe(201);
    });

    it("batch: a deeply nested item is one 400 result; the good items of the batch are stored", async () => {
      const { central } = get();
      const { token, kioskId } = await enroll(central);
      const good = [hotlineSubmission(), hotlineSubmission()];
      const body = `{"items":[${JSON.stringify(good[0])},{"id":"${randomUUID()}","data":${deepJson(50_000)}},${JSON.stringify(good[1])}]}`;
      const r = await call(central.url, "POST", "/v1/submissions/batch", { token, body });
      expect(r.status).toBe(200);
      expect(BatchReply.parse(r.json).results.map((x) => x.status)).toEqual([201, 400, 201]);
      for (const g of good) expect(await countSubmissions(central.db.db, kioskId, g.id)).toBe(1);
    });

    it("answers 400 to an answer longer than its question allows, alone or as one batch item", async () => {
      const { central } = get();
      const { token, kioskId } = await enroll(central);
      const long = hotlineSubmission("长".repeat(61)); // the description question allows 60
      const r = await postSubmission(central.url, token, long, long.id);
      expect(r.status).toBe(400);
      expect(r.json).toMatchObject({ error: { code: "answer_too_long" } });
      expect(r.text).not.toContain("长长");
      const unasked = hotlineSubmission();
      unasked.data.answers = { ...unasked.data.answers, note: "x".repeat(201) };
      expect((await postSubmission(central.url, token, unasked, unasked.id)).status).toBe(400);
      const fine = hotlineSubmission("长".repeat(60));
      const batch = await call(central.url, "POST", "/v1/submissions/batch", {
        token,
        body: { items: [long, fine] },
      });
      expect(BatchReply.parse(batch.json).results.map((x) => x.status)).toEqual([400, 201]);
      expect(await countSubmissions(central.db.db, kioskId, long.id)).toBe(0);
    });

    it("batch: an item the database refuses fails alone (500 for it), the others are stored", async () => {
      const { central, backend } = get();
      const { token, kioskId } = await enroll(central);
      const [a, bad, b] = [hotlineSubmission(), hotlineSubmission(), hotlineSubmission()];
      // A real fault inside the database for exactly one row.
      if (backend.name === "sqlite") {
        await sql
          .raw(
            `CREATE TRIGGER refuse_one BEFORE INSERT ON submissions WHEN NEW.id = '${bad.id}' ` +
              "BEGIN SELECT RAISE(ABORT, 'refused by test'); END",
          )
          .execute(central.db.db);
      } else {
        await sql
          .raw(
            "CREATE FUNCTION refuse_one() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused by test'; END $$ LANGUAGE plpgsql",
          )
          .execute(central.db.db);
        await sql
          .raw(
            `CREATE TRIGGER refuse_one BEFORE INSERT ON submissions FOR EACH ROW WHEN (NEW.id = '${bad.id}') EXECUTE FUNCTION refuse_one()`,
          )
          .execute(central.db.db);
      }
      try {
        const r = await call(central.url, "POST", "/v1/submissions/batch", {
          token,
          body: { items: [a, bad, b] },
        });
        expect(r.status).toBe(200);
        expect(BatchReply.parse(r.json).results.map((x) => x.status)).toEqual([201, 500, 201]);
        expect(await countSubmissions(central.db.db, kioskId, a.id)).toBe(1);
        expect(await countSubmissions(central.db.db, kioskId, b.id)).toBe(1);
        expect(await countSubmissions(central.db.db, kioskId, bad.id)).toBe(0);
      } finally {
        await sql
          .raw("DROP TRIGGER refuse_one" + (backend.name === "sqlite" ? "" : " ON submissions"))
          .execute(central.db.db);
      }
      // Once the fault is gone the kiosk's retry of that item goes through.
      expect((await postSubmission(central.url, token, bad, bad.id)).status).toBe(201);
    });

    it("heartbeat devices are strict: unknown fields and odd devices are 400, a plain extra device is fine", async () => {
      const { central } = get();
      const { token } = await enroll(central);
      const beat = (devices: Record<string, unknown>) =>
        call(central.url, "POST", "/v1/heartbeat", { token, body: heartbeatBody({ devices }) });
      const base = heartbeatBody().devices;
      expect((await beat(base)).status).toBe(200);
      expect((await beat({ ...base, camera: { state: "ok", lastError: "none" } })).status).toBe(200);
      expect((await beat({ ...base, reader: { state: "ok", cardHolder: "某某" } })).status).toBe(400);
      expect((await beat({ ...base, printer: { ...base.printer, lastTicket: "A001" } })).status).toBe(400);
      expect((await beat({ ...base, camera: { state: "ok", lastFace: "…" } })).status).toBe(400);
      expect((await beat({ ...base, "Camera One": { state: "ok" } })).status).toBe(400);
      const many = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`cam-${i}`, { state: "ok" }]));
      expect((await beat({ ...base, ...many })).status).toBe(400);
    });

    it("answers 413 to a body over 64 KiB on routes other than submissions", async () => {
      const { central } = get();
      const { token } = await enroll(central);
      const big = heartbeatBody({ appVersion: "1", padding: "x".repeat(70 * 1024) });
      expect((await call(central.url, "POST", "/v1/heartbeat", { token, body: big })).status).toBe(413);
    });
  });
}
