import { describe, expect, it } from "vitest";
import { GroupCommit } from "./group-commit";

describe("GroupCommit", () => {
  it("batches items added in the same turn and those that arrive during a write", async () => {
    const batches: number[][] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    let entered: () => void = () => undefined;
    const firstWrite = new Promise<void>((r) => (entered = r));
    const gc = new GroupCommit<number>(async (items) => {
      batches.push(items);
      if (batches.length === 1) {
        entered();
        await gate;
      }
    });
    const first = [gc.add(1), gc.add(2)];
    await firstWrite;
    const rest = [gc.add(3), gc.add(4), gc.add(5)];
    release();
    await Promise.all([...first, ...rest]);
    expect(batches).toEqual([
      [1, 2],
      [3, 4, 5],
    ]);
  });

  it("splits large backlogs and rejects only the failed batch", async () => {
    let calls = 0;
    const gc = new GroupCommit<number>(async (items) => {
      calls += 1;
      await Promise.resolve();
      if (items.includes(3)) throw new Error("boom");
    }, 2);
    const results = await Promise.allSettled([1, 2, 3, 4, 5].map((n) => gc.add(n)));
    // Batches: [1, 2], [3, 4], [5]; the one holding 3 fails.
    expect(results.map((r) => r.status)).toEqual([
      "fulfilled",
      "fulfilled",
      "rejected",
      "rejected",
      "fulfilled",
    ]);
    expect(calls).toBe(3);
  });

  it("keeps working after a failed batch", async () => {
    const gc = new GroupCommit<number>(async (items) => {
      await Promise.resolve();
      if (items.includes(0)) throw new Error("boom");
    });
    await expect(gc.add(0)).rejects.toThrow("boom");
    await expect(gc.add(1)).resolves.toBeUndefined();
  });
});
