import Database from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { newToken, sha256Hex } from "../../../central/auth/secrets";
import { migrationsFor } from "../../../central/db/migrations/index";
import { canonicalJson, type SubmissionReply } from "../../../central/protocol";
import { clearTextHits, sqliteFiles } from "../clear-text";
import type { SuiteContext } from "../contract";
import { call, newbornSubmission, postSubmission, startTestCentral, syntheticIdentity } from "../harness";

/** The tables as the version before sealing wrote them (migrations 0010–0050). */
interface LegacySchema {
  kiosks: { id: string; name: string; site: string | null; token_hash: string; enrolled_at: string };
  submissions: {
    kiosk_id: string;
    id: string;
    service_id: string;
    body_hash: string;
    status: string;
    tracking_no: string;
    reply_json: string;
    data_json: string;
    created_at: string;
    received_at: string;
  };
  decisions: {
    kiosk_id: string;
    submission_id: string;
    rule_set: string;
    outcome: string;
    reasons_json: string;
    decided_at: string;
  };
  grants: {
    service_id: string;
    subject_key: string;
    kiosk_id: string;
    submission_id: string;
    granted_at: string;
  };
}

export function legacyRowsSuite(get: () => SuiteContext): void {
  describe("rows stored in clear before sealing", () => {
    it("are sealed once at start; replays, 422 on another body and grants still hold", async () => {
      const { backend } = get();
      const target = await backend.newDatabase();
      const dialect =
        backend.name === "sqlite"
          ? new SqliteDialect({ database: new Database(target) })
          : new PostgresDialect({ pool: new pg.Pool({ connectionString: target, max: 1 }) });
      const old = new Kysely<LegacySchema>({ dialect });
      const before = Object.fromEntries(
        Object.entries(migrationsFor(backend.name)).filter(([name]) => name < "0060"),
      );
      const migrated = await new Migrator({
        db: old,
        provider: { getMigrations: () => Promise.resolve(before) },
      }).migrateToLatest();
      expect(migrated.error).toBeUndefined();

      // What the previous version stored for an approved newborn enrollment, byte for byte.
      const identity = { ...syntheticIdentity("1987-02-03", 555), name: "旧数据居民" };
      const token = newToken();
      const kioskId = "legacy-kiosk";
      const request = newbornSubmission({ identity });
      const at = new Date().toISOString();
      const reply: SubmissionReply = {
        id: request.id,
        serviceId: request.serviceId,
        status: "approved",
        trackingNo: "FZ20260101000001",
        reasons: [{ code: "approved", zh: "已办结", en: "approved" }],
        receivedAt: at,
      };
      const replyJson = JSON.stringify(reply);
      await old
        .insertInto("kiosks")
        .values({ id: kioskId, name: "旧终端", site: null, token_hash: sha256Hex(token), enrolled_at: at })
        .execute();
      await old
        .insertInto("submissions")
        .values({
          kiosk_id: kioskId,
          id: request.id,
          service_id: request.serviceId,
          body_hash: sha256Hex(canonicalJson(request)),
          status: "approved",
          tracking_no: reply.trackingNo,
          reply_json: replyJson,
          data_json: JSON.stringify(request.data),
          created_at: request.createdAt,
          received_at: at,
        })
        .execute();
      await old
        .insertInto("decisions")
        .values({
          kiosk_id: kioskId,
          submission_id: request.id,
          rule_set: "newborn@1",
          outcome: "approved",
          reasons_json: JSON.stringify(reply.reasons),
          decided_at: at,
        })
        .execute();
      await old
        .insertInto("grants")
        .values({
          service_id: request.serviceId,
          subject_key: "Q350100001",
          kiosk_id: kioskId,
          submission_id: request.id,
          granted_at: at,
        })
        .execute();
      await old.destroy();

      const central = await startTestCentral(backend, { target });
      try {
        const stored = await central.db.db
          .selectFrom("submissions")
          .select(["data_sealed", "reply_sealed", "body_hash"])
          .executeTakeFirstOrThrow();
        expect(stored.data_sealed).toMatch(/^gcm1:/);
        expect(stored.reply_sealed).toMatch(/^gcm1:/);
        expect(stored.body_hash).toMatch(/^h1:[0-9a-f]{64}$/);
        const reasons = await central.db.db
          .selectFrom("decisions")
          .select("reasons_sealed")
          .executeTakeFirstOrThrow();
        expect(reasons.reasons_sealed).toMatch(/^gcm1:/);
        const grant = await central.db.db
          .selectFrom("grants")
          .select("subject_key")
          .executeTakeFirstOrThrow();
        expect(grant.subject_key).toMatch(/^h1:/);
        if (backend.name === "sqlite") {
          // VACUUM and a truncated WAL: the old clear bytes are gone from the files too.
          const needles = {
            name: Buffer.from(identity.name, "utf8"),
            idNumber: Buffer.from(identity.idNumber, "utf8"),
            certificate: Buffer.from("Q350100001", "utf8"),
          };
          expect(clearTextHits(sqliteFiles(target), needles)).toEqual([]);
        }

        const replay = await postSubmission(central.url, token, request, request.id);
        expect(replay.status).toBe(200);
        expect(replay.headers.get("idempotent-replayed")).toBe("true");
        expect(replay.text).toBe(replyJson);
        const changed = {
          ...request,
          createdAt: new Date(Date.parse(request.createdAt) + 1000).toISOString(),
        };
        expect((await postSubmission(central.url, token, changed, request.id)).status).toBe(422);
        expect((await call(central.url, "GET", `/v1/submissions/${request.id}`, { token })).json).toEqual(
          reply,
        );
        const twice = newbornSubmission({ identity });
        const second = await postSubmission(central.url, token, twice, twice.id);
        expect(second.json).toMatchObject({ status: "rejected", reasons: [{ code: "already_granted" }] });
      } finally {
        await central.close();
      }
    });
  });
}
