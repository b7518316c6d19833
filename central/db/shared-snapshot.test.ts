import { describe, expect, it } from "vitest";
import { SharedSnapshot } from "./shared-snapshot";

const counting = () => {
  const clock = { now: 0 };
  let loads = 0;
  const snapshot = new SharedSnapshot(
    () => Promise.resolve(++loads),
    1_000,
    () => clock.now,
  );
  return { clock, snapshot, loads: () => loads };
};

describe("SharedSnapshot", () => {
  it("serves one load until it is ttlMs old", async () => {
    const { clock, snapshot, loads } = counting();
    expect(await snapshot.get()).toBe(1);
    clock.now = 999;
    expect(await snapshot.get()).toBe(1);
    clock.now = 1_000;
    expect(await snapshot.get()).toBe(2);
    expect(loads()).toBe(2);
  });

  it("loads once when a whole batch of requests finds it expired in the same turn", async () => {
    const { clock, snapshot, loads } = counting();
    await snapshot.get();
    clock.now = 5_000;
    // As a committed batch of heartbeats does: every request resumes in one microtask turn.
    const seen = await Promise.all(
      Array.from({ length: 200 }, () => Promise.resolve().then(() => snapshot.get())),
    );
    expect(loads()).toBe(2);
    expect(new Set(seen)).toEqual(new Set([2]));
  });

  it("shares a load still in flight", async () => {
    let release: (n: number) => void = () => undefined;
    let loads = 0;
    const snapshot = new SharedSnapshot(
      () => {
        loads += 1;
        return new Promise<number>((resolve) => (release = resolve));
      },
      1_000,
      () => 0,
    );
    const a = snapshot.get();
    const b = snapshot.get();
    release(7);
    expect(await Promise.all([a, b])).toEqual([7, 7]);
    expect(loads).toBe(1);
  });

  it("does not keep a failed load, and clear() forces the next one", async () => {
    let fail = true;
    let loads = 0;
    const snapshot = new SharedSnapshot(
      () => {
        loads += 1;
        return fail ? Promise.reject(new Error("database away")) : Promise.resolve(loads);
      },
      1_000,
      () => 0,
    );
    await expect(snapshot.get()).rejects.toThrow("database away");
    fail = false;
    expect(await snapshot.get()).toBe(2);
    expect(await snapshot.get()).toBe(2);
    snapshot.clear();
    expect(await snapshot.get()).toBe(3);
  });
});
