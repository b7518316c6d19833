import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { migrationsFor } from "./index";

const migrations = migrationsFor("sqlite");

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const tablesAfter: Record<string, string[]> = {
  "0010-kiosks": ["enrollment_codes", "kiosks"],
  "0020-submissions": ["decisions", "grants", "submissions"],
  "0030-tickets": ["counters", "tickets"],
  "0040-heartbeats": ["heartbeats", "heartbeats_latest"],
  "0050-config-audit": ["audit", "config_versions"],
  "0060-access": ["alerts", "query_audit", "rate_limits"],
  "0070-sealing": ["data_key"],
  "0080-heartbeat-history": ["fleet_buckets", "heartbeat_changes"],
  "0090-managers-rollouts": ["manager_sessions", "managers", "rollouts"],
  "0100-alerts-webhook": ["alert_deliveries"],
  "0110-app-releases": ["app_releases"],
  "0120-support-packets": ["support_packets"],
  "0130-payments": ["payment_orders", "sim_payments"],
  "0150-decision-document-fields": [],
  "0160-popular-sms": ["sim_sms", "sms_messages"],
  "0170-kiosk-requests": ["kiosk_requests"],
  "0180-job-claims": ["job_claims"],
  "0190-kiosks-changed": [],
};

describe("central migrations", () => {
  it("are named in ascending steps and each creates exactly its tables", async () => {
    const names = Object.keys(migrations);
    expect([...names].sort()).toEqual(names);
    expect(Object.keys(tablesAfter)).toEqual(names);
    dir = mkdtempSync(join(tmpdir(), "central-mig-"));
    const sqlite = new Database(join(dir, "m.db"));
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
    const tables = () =>
      (
        sqlite.prepare("select name from sqlite_master where type = 'table' order by name").all() as {
          name: string;
        }[]
      ).map((r) => r.name);
    let before = tables();
    for (const name of names) {
      await migrations[name]?.up(db);
      const after = tables();
      expect(after.filter((t) => !before.includes(t)).sort(), name).toEqual(tablesAfter[name]);
      before = after;
    }
    await db.destroy();
  });

  it("keeps submissions unique per (kiosk, id) but not across kiosks", async () => {
    dir = mkdtempSync(join(tmpdir(), "central-mig-"));
    const sqlite = new Database(join(dir, "m.db"));
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
    for (const m of Object.values(migrations)) await m.up(db);
    sqlite.exec(
      "insert into kiosks (id, name, site, token_hash, enrolled_at) values ('k1','a',null,'h1','t'), ('k2','b',null,'h2','t')",
    );
    const insert = sqlite.prepare(
      "insert into submissions (kiosk_id, id, service_id, body_hash, status, tracking_no, reply_sealed, data_sealed, created_at, received_at) values (?, 'same-id', 's', 'h', 'accepted', ?, '', '', 't', 't')",
    );
    insert.run("k1", "T1");
    insert.run("k2", "T2");
    expect(() => insert.run("k1", "T3")).toThrow(/UNIQUE|PRIMARY/);
    await db.destroy();
  });
});
