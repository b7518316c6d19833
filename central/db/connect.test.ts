import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { DatabaseTooNewError, dbKindOf, openCentralDb } from "./connect";
import { migrationsFor } from "./migrations/index";
import { nextCounterValue } from "./queries/counters";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("central database", () => {
  it("tells SQLite paths from PostgreSQL URLs", () => {
    expect(dbKindOf("./var/central.db")).toBe("sqlite");
    expect(dbKindOf("postgres://u@h/db")).toBe("postgres");
    expect(dbKindOf("postgresql://u@h/db")).toBe("postgres");
  });

  it("migrates a new file in WAL mode with FULL sync, and reopens it without change", async () => {
    dir = mkdtempSync(join(tmpdir(), "central-db-"));
    const file = join(dir, "nested", "central.db");
    const first = await openCentralDb(file);
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(first.db);
    expect(mode.rows[0]?.journal_mode).toBe("wal");
    const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(first.db);
    expect(sync.rows[0]?.synchronous).toBe(2);
    await first.close();
    const second = await openCentralDb(file);
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
      second.db,
    );
    expect(applied.rows.map((r) => r.name)).toEqual(Object.keys(migrationsFor("sqlite")));
    await second.close();
  });

  it("refuses a database migrated by a newer version", async () => {
    dir = mkdtempSync(join(tmpdir(), "central-db-"));
    const file = join(dir, "central.db");
    const db = await openCentralDb(file);
    await sql`insert into kysely_migration (name, timestamp) values ('9990-from-the-future', '2030-01-01')`.execute(
      db.db,
    );
    await db.close();
    await expect(openCentralDb(file)).rejects.toBeInstanceOf(DatabaseTooNewError);
  });

  it("counters increase by one per call and are independent by name", async () => {
    dir = mkdtempSync(join(tmpdir(), "central-db-"));
    const db = await openCentralDb(join(dir, "c.db"));
    try {
      expect(await nextCounterValue(db.db, "a")).toBe(1);
      expect(await nextCounterValue(db.db, "a")).toBe(2);
      expect(await nextCounterValue(db.db, "b")).toBe(1);
      const many = await Promise.all(Array.from({ length: 20 }, () => nextCounterValue(db.db, "c")));
      expect([...many].sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    } finally {
      await db.close();
    }
  });

  it("several processes opening one new file at once all succeed and migrate it once", async () => {
    // Two fleet commands run together on a fresh file once failed: Kysely migrates SQLite
    // without a lock, so the slower process met tables the faster had just made.
    dir = mkdtempSync(join(tmpdir(), "central-db-"));
    const file = join(dir, "c.db");
    const connect = resolve(__dirname, "connect.ts");
    const code = `const { openCentralDb } = await import(${JSON.stringify(connect)});
      const db = await openCentralDb(process.argv[1]); await db.close();`;
    const exits = await Promise.all(Array.from({ length: 6 }, () => openInChild(code, file)));
    expect(exits).toEqual(Array.from({ length: 6 }, () => ({ code: 0, stderr: "" })));
    const db = await openCentralDb(file);
    try {
      const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
        db.db,
      );
      expect(applied.rows.map((r) => r.name)).toEqual(Object.keys(migrationsFor("sqlite")));
    } finally {
      await db.close();
    }
  }, 120_000);
});

function openInChild(code: string, file: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code, file]);
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.once("error", fail);
    child.once("close", (exit) => done({ code: exit, stderr }));
  });
}
