import { describe, expect, it } from "vitest";
import { ManualClock } from "../../test/support/manual-clock";
import { MaintenanceGate } from "./gate";

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
    const gate = new MaintenanceGate("123456", clock, { maxAttempts: 3, lockoutMs: 60_000 });
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
});
