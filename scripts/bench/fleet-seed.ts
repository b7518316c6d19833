/**
 * Seeds a central database with a fleet and 30 days of its history, in the shape the heartbeat
 * route and the sampler write it (central/fleet/device-state.ts), by bulk inserts: what the real
 * system would have written over a month, in seconds.
 */
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { sha256Hex } from "../../central/auth/secrets";
import type { CentralDb } from "../../central/db/connect";
import { BUCKET_MS, needsAttention, offlineAt, stateSignature } from "../../central/fleet/device-state";
import type { HeartbeatRequest } from "../../central/protocol";

/** Days of history the seed writes. */
export const HISTORY_DAYS = 30;
/**
 * State changes per kiosk and day: paper nearing its end, then refilled, every other day, and now
 * and then a reader fault or a new config. An assumption, stated so the size figure can be read.
 */
export const CHANGES_PER_KIOSK_DAY = 1;
const DAY = 86_400_000;
const CHUNK = 500;

export const tokenOf = (i: number): string => `bench-fleet-token-${i.toString().padStart(6, "0")}`;
export const SITES = ["gulou-centre", "gulou-west", "taijiang-1", "cangshan-2", "jinan-3", "mawei-1"];

export function heartbeatOf(
  paper: "ok" | "near-end" | "out",
  configVersion: number,
  outboxDepth = 0,
): HeartbeatRequest {
  return {
    appVersion: "0.1.0",
    configVersion,
    devices: { reader: { state: "ok" }, printer: { state: "ok", paper, coverOpen: false } },
    outboxDepth,
    intervalSeconds: 60,
  };
}

async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<void>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** Bytes a table takes with its indexes. */
export async function tableBytes(db: CentralDb, table: string): Promise<number> {
  const result =
    db.kind === "sqlite"
      ? await sql<{ n: number | null }>`select sum(pgsize) as n from dbstat
          where name in (select name from sqlite_master where tbl_name = ${table})`.execute(db.db)
      : await sql<{ n: string | null }>`select pg_total_relation_size(${table}::regclass) as n`.execute(
          db.db,
        );
  return Number(result.rows[0]?.n ?? 0);
}

/** The tables that hold heartbeat history and state since migration 0080. */
export const HISTORY_TABLES = ["heartbeat_changes", "fleet_buckets", "heartbeats_latest"] as const;

/** Enrolls `kiosks` kiosks and writes HISTORY_DAYS of state changes and chart buckets up to `now`. */
export async function seedFleet(db: CentralDb, kiosks: number, now: Date): Promise<void> {
  const start = now.getTime() - HISTORY_DAYS * DAY;
  const enrolled = new Date(start - DAY).toISOString();
  const ids = Array.from(
    { length: kiosks },
    (_, i) => `kiosk-${i.toString().padStart(6, "0")}-${randomUUID().slice(0, 8)}`,
  );
  await inChunks(
    ids.map((id, i) => ({
      id,
      name: `福州终端 ${i}`,
      site: SITES[i % SITES.length] ?? null,
      token_hash: sha256Hex(tokenOf(i)),
      enrolled_at: enrolled,
      revoked_at: null,
      next_token_hash: null,
      // What the fleet has run all month: without it every kiosk's first heartbeat in the bench
      // wrote its row, one fsync each, which no month-old fleet does.
      app_version: "0.1.0",
    })),
    async (chunk) => {
      await db.db.insertInto("kiosks").values(chunk).execute();
    },
  );
  // Changes: every kiosk alternates paper near-end → ok, at a time of day of its own.
  const changesPerKiosk = Math.round(HISTORY_DAYS * CHANGES_PER_KIOSK_DAY);
  const spacing = (HISTORY_DAYS * DAY) / changesPerKiosk;
  const perChunk = Math.max(1, Math.floor(CHUNK / changesPerKiosk));
  await db.db.transaction().execute(async (tx) => {
    for (let k = 0; k < kiosks; k += perChunk) {
      const rows = [];
      for (let i = k; i < Math.min(kiosks, k + perChunk); i++) {
        const offset = (i * 7919) % spacing;
        for (let c = 0; c < changesPerKiosk; c++) {
          const at = new Date(start + offset + c * spacing).toISOString();
          const body = heartbeatOf(c % 2 === 0 ? "near-end" : "ok", 1, c % 5);
          rows.push({ kiosk_id: ids[i] ?? "", received_at: at, body_json: JSON.stringify(body) });
        }
      }
      await tx.insertInto("heartbeat_changes").values(rows).execute();
    }
  });
  // Latest state: heard a minute ago, in the state of its last change.
  const heard = new Date(now.getTime() - 60_000).toISOString();
  await inChunks(
    ids.map((id, i) => {
      const body = heartbeatOf((changesPerKiosk - 1) % 2 === 0 ? "near-end" : "ok", 1, i % 3);
      return {
        kiosk_id: id,
        received_at: heard,
        interval_seconds: 60,
        body_json: JSON.stringify(body),
        app_version: body.appVersion,
        config_version: body.configVersion,
        paper: body.devices.printer.paper,
        attention: needsAttention(body) ? 1 : 0,
        offline_at: offlineAt(heard, 60),
        state_sig: stateSignature(body),
      };
    }),
    async (chunk) => {
      await db.db.insertInto("heartbeats_latest").values(chunk).execute();
    },
  );
  // Buckets: every 5 minutes of the month, a day-shaped curve of submissions.
  const buckets = [];
  for (let t = start - (start % BUCKET_MS); t < now.getTime() - BUCKET_MS; t += BUCKET_MS) {
    const hour = new Date(t).getUTCHours();
    const busy = hour >= 0 && hour < 10 ? 1 : 0.1; // 08:00–18:00 in Fuzhou (UTC+8)
    const submissions = Math.round(kiosks * 0.02 * busy);
    const nearEnd = Math.round(kiosks * 0.3);
    buckets.push({
      bucket_at: new Date(t).toISOString(),
      kiosks,
      online: kiosks - 20,
      attention: nearEnd,
      paper_ok: kiosks - 20 - nearEnd,
      paper_near_end: nearEnd,
      paper_out: 0,
      submissions,
      approved: Math.round(submissions * 0.6),
      rejected: Math.round(submissions * 0.1),
    });
  }
  await inChunks(buckets, async (chunk) => {
    await db.db.insertInto("fleet_buckets").values(chunk).execute();
  });
  if (db.kind === "postgres") {
    // A month written by the service would have been vacuumed and analyzed by autovacuum as it
    // went. Written in seconds, it has not: without this, autovacuum and the first checkpoint
    // work through the whole month while the bench measures, and the run measures them.
    await sql`vacuum analyze`.execute(db.db);
    await sql`checkpoint`.execute(db.db);
  }
}

/**
 * Bytes per row of the shape before migration 0080 (random-UUID key, by-kiosk index, one row per
 * heartbeat), measured by writing `rows` of them into a scratch table of the same database.
 */
export async function oldShapeBytesPerRow(db: CentralDb, rows: number): Promise<number> {
  await sql`create table old_heartbeats (id text primary key, kiosk_id text not null,
    received_at text not null, body_json text not null)`.execute(db.db);
  await sql`create index old_heartbeats_by_kiosk on old_heartbeats (kiosk_id, received_at)`.execute(db.db);
  const body = JSON.stringify(heartbeatOf("ok", 1, 2));
  const t0 = Date.now();
  await db.db.transaction().execute(async (tx) => {
    for (let i = 0; i < rows; i += CHUNK) {
      const tuples = Array.from({ length: CHUNK }, (_, j) => {
        const kiosk = `kiosk-${((i + j) % 10_000).toString().padStart(6, "0")}`;
        return sql`(${randomUUID()}, ${kiosk}, ${new Date(t0 + i + j).toISOString()}, ${body})`;
      });
      await sql`insert into old_heartbeats (id, kiosk_id, received_at, body_json) values ${sql.join(tuples)}`.execute(
        tx,
      );
    }
  });
  if (db.kind === "postgres") await sql`analyze old_heartbeats`.execute(db.db);
  const bytes = await tableBytes(db, "old_heartbeats");
  await sql`drop table old_heartbeats`.execute(db.db);
  return bytes / rows;
}
