import Database from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { newToken, sha256Hex } from "../../../central/auth/secrets";
import { migrationsFor } from "../../../central/db/migrations/index";
import type { SuiteContext } from "../contract";
import { call, heartbeatBody, MANAGER_TOKEN, startTestCentral } from "../harness";

/** The heartbeat tables as migrations 0010–0070 left them: one history row per heartbeat. */
interface Before0080 {
  kiosks: { id: string; name: string; site: string | null; token_hash: string; enrolled_at: string };
  heartbeats: { id: string; kiosk_id: string; received_at: string; body_json: string };
  heartbeats_latest: { kiosk_id: string; received_at: string; interval_seconds: number; body_json: string };
}

const okDevices = { reader: { state: "ok" }, printer: { state: "ok", paper: "ok", coverOpen: false } };

export function heartbeatMigrationSuite(get: () => SuiteContext): void {
  describe("migration 0080 (heartbeat history)", () => {
    it("folds per-heartbeat rows into state changes and chart buckets, fills the latest state's columns, drops the old table", async () => {
      const { backend } = get();
      const target = await backend.newDatabase();
      const dialect =
        backend.name === "sqlite"
          ? new SqliteDialect({ database: new Database(target) })
          : new PostgresDialect({ pool: new pg.Pool({ connectionString: target, max: 1 }) });
      const old = new Kysely<Before0080>({ dialect });
      const before = Object.fromEntries(
        Object.entries(migrationsFor(backend.name)).filter(([name]) => name < "0080"),
      );
      const migrated = await new Migrator({
        db: old,
        provider: { getMigrations: () => Promise.resolve(before) },
      }).migrateToLatest();
      expect(migrated.error).toBeUndefined();

      const token = newToken();
      await old
        .insertInto("kiosks")
        .values([
          {
            id: "k-a",
            name: "a",
            site: "gulou-centre",
            token_hash: sha256Hex(token),
            enrolled_at: "2026-11-01T00:00:00.000Z",
          },
          {
            id: "k-b",
            name: "b",
            site: null,
            token_hash: sha256Hex(newToken()),
            enrolled_at: "2026-11-02T00:00:00.000Z",
          },
        ])
        .execute();
      // k-a: ok, ok (outbox only), paper out, out again — two state changes; k-b: one heartbeat.
      const a = [
        { at: "2026-12-01T10:00:10.000Z", body: heartbeatBody({ devices: okDevices, outboxDepth: 0 }) },
        { at: "2026-12-01T10:01:10.000Z", body: heartbeatBody({ devices: okDevices, outboxDepth: 4 }) },
        {
          at: "2026-12-01T10:06:10.000Z",
          body: heartbeatBody({
            devices: { ...okDevices, printer: { state: "ok", paper: "out", coverOpen: false } },
            appVersion: "0.3.0",
          }),
        },
        {
          at: "2026-12-01T10:07:10.000Z",
          body: heartbeatBody({
            devices: { ...okDevices, printer: { state: "ok", paper: "out", coverOpen: false } },
            appVersion: "0.3.0",
          }),
        },
      ];
      const b = { at: "2026-12-01T10:02:00.000Z", body: heartbeatBody() };
      await old
        .insertInto("heartbeats")
        .values([
          ...a.map((h, i) => ({
            id: `a${i}`,
            kiosk_id: "k-a",
            received_at: h.at,
            body_json: JSON.stringify(h.body),
          })),
          { id: "b0", kiosk_id: "k-b", received_at: b.at, body_json: JSON.stringify(b.body) },
        ])
        .execute();
      const lastA = a[3];
      await old
        .insertInto("heartbeats_latest")
        .values([
          {
            kiosk_id: "k-a",
            received_at: lastA?.at ?? "",
            interval_seconds: 60,
            body_json: JSON.stringify(lastA?.body),
          },
          { kiosk_id: "k-b", received_at: b.at, interval_seconds: 60, body_json: JSON.stringify(b.body) },
        ])
        .execute();
      await old.destroy();

      const central = await startTestCentral(backend, {
        target,
        now: () => new Date("2026-12-01T10:08:00.000Z"),
      });
      try {
        const db = central.db.db;
        const changes = await db
          .selectFrom("heartbeat_changes")
          .select(["kiosk_id", "received_at"])
          .orderBy("kiosk_id")
          .orderBy("received_at")
          .execute();
        expect(changes).toEqual([
          { kiosk_id: "k-a", received_at: a[0]?.at },
          { kiosk_id: "k-a", received_at: a[2]?.at },
          { kiosk_id: "k-b", received_at: b.at },
        ]);
        const buckets = await db
          .selectFrom("fleet_buckets")
          .select(["bucket_at", "kiosks", "online", "paper_ok", "paper_near_end", "paper_out"])
          .where("bucket_at", "<", "2026-12-01T10:05:00.000Z")
          .orderBy("bucket_at")
          .execute();
        expect(buckets).toEqual([
          {
            bucket_at: "2026-12-01T10:00:00.000Z",
            kiosks: 2,
            online: 2,
            paper_ok: 1,
            paper_near_end: 1,
            paper_out: 0,
          },
        ]);
        const latest = await db
          .selectFrom("heartbeats_latest")
          .select(["kiosk_id", "app_version", "paper", "attention", "offline_at"])
          .orderBy("kiosk_id")
          .execute();
        expect(latest).toEqual([
          {
            kiosk_id: "k-a",
            app_version: "0.3.0",
            paper: "out",
            attention: 1,
            offline_at: "2026-12-01T10:10:10.000Z",
          },
          {
            kiosk_id: "k-b",
            app_version: "0.1.0",
            paper: "near-end",
            attention: 1,
            offline_at: "2026-12-01T10:05:00.000Z",
          },
        ]);
        await expect(sql`select count(*) from heartbeats`.execute(db)).rejects.toThrow(/heartbeats/);
        // The migrated state answers the fleet list and the history route like fresh rows.
        const list = await call(central.url, "GET", "/v1/fleet/kiosks?status=online&version=0.3.0", {
          headers: { authorization: `Bearer ${MANAGER_TOKEN}` },
        });
        expect(list.json).toMatchObject({ kiosks: [{ id: "k-a", online: true }], next: null });
        // The kiosk's next heartbeat in the same state adds no change.
        const again = await call(central.url, "POST", "/v1/heartbeat", { token, body: lastA?.body });
        expect(again.status).toBe(200);
        expect(
          await db.selectFrom("heartbeat_changes").select("kiosk_id").where("kiosk_id", "=", "k-a").execute(),
        ).toHaveLength(2);
      } finally {
        await central.close();
      }
    });
  });
}
