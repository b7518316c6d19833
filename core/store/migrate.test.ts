import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DatabaseTooNewError, StoreError } from "./errors";
import { userVersion } from "./migrate";
import { migrations } from "./migrations/index";
import type { Migration } from "./migrations/types";
import { openDatabase } from "./open";

const dirs: string[] = [];
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), "kiosk-migrate-"));
  dirs.push(dir);
  return join(dir, "kiosk.db");
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const newest = migrations.at(-1)?.version ?? 0;

describe("migrate", () => {
  it("applies every step on a new file and records the version in user_version", () => {
    const { db, migration } = openDatabase(tempDb());
    expect(migration).toEqual({ from: 0, to: newest, applied: migrations.map((m) => m.name) });
    expect(userVersion(db)).toBe(newest);
    db.close();
  });

  it("applies nothing on a second open", () => {
    const path = tempDb();
    openDatabase(path).db.close();
    const { db, migration } = openDatabase(path);
    expect(migration).toEqual({ from: newest, to: newest, applied: [] });
    db.close();
  });

  it("refuses a database written by a newer app with a dedicated error", () => {
    const path = tempDb();
    const { db } = openDatabase(path);
    db.pragma(`user_version = ${newest + 10}`);
    db.close();
    let caught: unknown;
    try {
      openDatabase(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DatabaseTooNewError);
    const tooNew = caught as DatabaseTooNewError;
    expect(tooNew.databaseVersion).toBe(newest + 10);
    expect(tooNew.messageZh).toContain("更新");
    expect(tooNew.message).toContain("newer than this app");
  });

  it("refuses when the applied steps are not a prefix of the known list", () => {
    const path = tempDb();
    openDatabase(path, { migrations: migrations.slice(0, 2) }).db.close();
    const renamed: Migration[] = migrations.map((m, i) => (i === 1 ? { ...m, name: "something-else" } : m));
    expect(() => openDatabase(path, { migrations: renamed })).toThrow(/not a prefix/);
  });

  it("refuses a version it does not know", () => {
    const path = tempDb();
    const { db } = openDatabase(path);
    db.pragma(`user_version = 15`);
    db.close();
    expect(() => openDatabase(path)).toThrow(StoreError);
  });

  it("refuses a list whose versions do not only go up", () => {
    const list = [migrations[1], migrations[0]].filter((m): m is Migration => m !== undefined);
    expect(() => openDatabase(tempDb(), { migrations: list })).toThrow(/out of order/);
  });

  it("runs all pending steps in one transaction: a failing step leaves the old schema", () => {
    const path = tempDb();
    openDatabase(path, { migrations: migrations.slice(0, 1) }).db.close();
    const broken: Migration = {
      version: newest + 10,
      name: "broken",
      up(db) {
        db.exec("CREATE TABLE half_done (x INTEGER) STRICT");
        throw new Error("power cut");
      },
    };
    expect(() => openDatabase(path, { migrations: [...migrations, broken] })).toThrow("power cut");
    const { db } = openDatabase(path, { migrations: migrations.slice(0, 1) });
    expect(userVersion(db)).toBe(10);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
      name: string;
    }[];
    expect(tables.map((t) => t.name)).not.toContain("receipts");
    expect(tables.map((t) => t.name)).not.toContain("half_done");
    db.close();
  });

  it("opens in WAL with synchronous FULL and secure_delete on", () => {
    const { db } = openDatabase(tempDb());
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("synchronous", { simple: true })).toBe(2);
    expect(db.pragma("secure_delete", { simple: true })).toBe(1);
    db.close();
  });
});
