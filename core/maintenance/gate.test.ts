import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../test/support/manual-clock";
import { listEvents } from "../store/events";
import { openDatabase } from "../store/open";
import { MaintenanceGate } from "./gate";
import { storeRecords } from "./records";

describe("MaintenanceGate", () => {
  it("opens with the right PIN and refuses tokens after lock", () => {
    const gate = new MaintenanceGate("123456", new ManualClock());
    const result = gate.unlock("123456");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(gate.check(result.token)).toBe(true);
    expect(gate.check("forged")).toBe(false);
    gate.lock();
    expect(gate.check(result.token)).toBe(false);
  });

  it("locks for a while after repeated wrong PINs, even against the right one", () => {
    const clock = new ManualClock();
    const gate = new MaintenanceGate("123456", clock, { maxAttempts: 3, lockoutsMs: [60_000] });
    expect(gate.unlock("000000")).toEqual({ ok: false, attemptsLeft: 2, lockedForSeconds: 0 });
    expect(gate.unlock("111111")).toEqual({ ok: false, attemptsLeft: 1, lockedForSeconds: 0 });
    expect(gate.unlock("222222")).toEqual({ ok: false, attemptsLeft: 0, lockedForSeconds: 60 });
    expect(gate.unlock("123456")).toMatchObject({ ok: false, attemptsLeft: 0 });
    clock.advance(60_001);
    expect(gate.unlock("123456").ok).toBe(true);
  });

  it("closes an open menu left alone", () => {
    const clock = new ManualClock();
    const gate = new MaintenanceGate("123456", clock, { idleMs: 1000 });
    const result = gate.unlock("123456");
    if (!result.ok) throw new Error("should unlock");
    clock.advance(900);
    expect(gate.check(result.token)).toBe(true);
    clock.advance(1001);
    expect(gate.check(result.token)).toBe(false);
  });

  it("makes each lock in a row longer: 1 min, 5 min, 30 min, then keeps the longest", () => {
    const clock = new ManualClock();
    const gate = new MaintenanceGate("123456", clock, {
      maxAttempts: 2,
      lockoutsMs: [60_000, 300_000, 1_800_000],
    });
    const lockFor = (): number => {
      gate.unlock("000000");
      const result = gate.unlock("000000");
      if (result.ok) throw new Error("wrong PIN opened the menu");
      clock.advance(result.lockedForSeconds * 1000);
      return result.lockedForSeconds;
    };
    expect([lockFor(), lockFor(), lockFor(), lockFor()]).toEqual([60, 300, 1800, 1800]);
    // The right PIN ends the streak: the next lock is short again.
    expect(gate.unlock("123456").ok).toBe(true);
    expect(lockFor()).toBe(60);
  });

  it("keeps the lock and the count of wrong PINs across a restart (real SQLite store)", () => {
    const dir = mkdtempSync(join(tmpdir(), "gate-"));
    const clock = new ManualClock();
    const now = () => new Date(clock.now());
    try {
      let db = openDatabase(join(dir, "kiosk.db")).db;
      const first = new MaintenanceGate("123456", clock, {
        maxAttempts: 3,
        memory: storeRecords(db, now).gate,
      });
      first.unlock("000000");
      first.unlock("000000");
      first.unlock("000000");
      expect(first.unlock("123456")).toMatchObject({ ok: false, lockedForSeconds: 60 });
      db.close();

      // Power cycle: a new process, a new gate on the same file.
      db = openDatabase(join(dir, "kiosk.db")).db;
      const second = new MaintenanceGate("123456", clock, {
        maxAttempts: 3,
        memory: storeRecords(db, now).gate,
      });
      expect(second.unlock("123456")).toMatchObject({ ok: false, lockedForSeconds: 60 });
      clock.advance(60_000);
      second.unlock("000000");
      second.unlock("000000");
      db.close();

      db = openDatabase(join(dir, "kiosk.db")).db;
      const third = new MaintenanceGate("123456", clock, {
        maxAttempts: 3,
        memory: storeRecords(db, now).gate,
      });
      // The third wrong PIN in a row (counted before the restart) locks, and for longer this time.
      expect(third.unlock("000000")).toEqual({ ok: false, attemptsLeft: 0, lockedForSeconds: 300 });
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("writes audit rows into the store's events table", () => {
    const dir = mkdtempSync(join(tmpdir(), "gate-"));
    try {
      const db = openDatabase(join(dir, "kiosk.db")).db;
      const records = storeRecords(db, () => new Date("2026-12-03T08:00:00Z"));
      records.audit("action", { kind: "outbox-discard", id: "x" });
      expect(listEvents(db, { kind: "audit", limit: 5 })).toEqual([
        expect.objectContaining({ source: "maintenance", code: "action", at: "2026-12-03T08:00:00.000Z" }),
      ]);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
