import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type CentralDb, openCentralDb } from "../db/connect";
import { pruneRateLimits } from "../db/queries/rate-limits";
import { databaseRateLimitStore } from "./rate-limit-store";
import { loadOrCreateResidentHasher } from "./resident-hash";

let dir = "";
let db: CentralDb | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
  rmSync(dir, { recursive: true, force: true });
});

type Result = { current: number; ttl: number };
const promised = (fn: (cb: (e: Error | null, r?: Result) => void) => void): Promise<Result | undefined> =>
  new Promise((resolve, reject) => fn((e, r) => (e === null ? resolve(r) : reject(e))));

describe("database rate-limit store", () => {
  it("counts hits in a window, peeks without counting, and starts over when the window ends", async () => {
    dir = mkdtempSync(join(tmpdir(), "central-rl-"));
    db = await openCentralDb(join(dir, "c.db"));
    let t = Date.parse("2026-01-01T00:00:00.000Z");
    const Store = databaseRateLimitStore(db.db, () => new Date(t));
    const store = new Store({});
    const incr = (key: string) => promised((cb) => store.incr(key, cb, 60_000, 3));
    const read = (key: string) => promised((cb) => store.read(key, cb));
    expect(await read("auth:a")).toEqual({ current: 0, ttl: 0 });
    expect(await incr("auth:a")).toEqual({ current: 1, ttl: 60_000 });
    t += 10_000;
    expect(await incr("auth:a")).toEqual({ current: 2, ttl: 50_000 });
    expect(await read("auth:a")).toEqual({ current: 2, ttl: 50_000 });
    expect(await incr("auth:b")).toEqual({ current: 1, ttl: 60_000 });
    expect(store.child()).toBe(store);
    t += 50_000;
    expect(await read("auth:a")).toEqual({ current: 0, ttl: 0 });
    expect(await incr("auth:a")).toEqual({ current: 1, ttl: 60_000 });
    // 10 s on, auth:b's window is over; auth:a's new one is not.
    expect(await pruneRateLimits(db.db, new Date(t + 10_000).toISOString())).toBe(1);
  });

  it("hands a database error to the plugin instead of throwing", async () => {
    dir = mkdtempSync(join(tmpdir(), "central-rl-"));
    db = await openCentralDb(join(dir, "c.db"));
    const Store = databaseRateLimitStore(db.db, () => new Date());
    await db.close();
    db = undefined;
    await expect(promised((cb) => new Store({}).incr("k", cb, 1000, 1))).rejects.toThrow();
  });
});

describe("resident hash", () => {
  it("is keyed by a file in the data folder: the same in every process that shares it, else different", () => {
    dir = mkdtempSync(join(tmpdir(), "central-rh-"));
    const id = "35010219900101123X";
    const a = loadOrCreateResidentHasher(join(dir, "one"));
    const b = loadOrCreateResidentHasher(join(dir, "one"));
    const other = loadOrCreateResidentHasher(join(dir, "two"));
    expect(a(id)).toMatch(/^[0-9a-f]{64}$/);
    expect(b(id)).toBe(a(id));
    expect(a(id.toLowerCase())).toBe(a(id));
    expect(other(id)).not.toBe(a(id));
    expect(readFileSync(join(dir, "one", "resident-hash.key"))).toHaveLength(32);
  });
});
