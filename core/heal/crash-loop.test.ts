import { describe, expect, it } from "vitest";
import { createCrashLoop } from "./crash-loop";

const options = { limit: 3, windowMs: 60_000, pauseMs: 30_000, maxPauseMs: 100_000 };

describe("the crash-loop policy", () => {
  it("restarts at once until the limit is reached within the window, then pauses", () => {
    const loop = createCrashLoop(options);
    expect(loop.crashed(0)).toEqual({ restart: "now" });
    expect(loop.crashed(1000)).toEqual({ restart: "now" });
    expect(loop.crashed(2000)).toEqual({ restart: "after-pause", pauseMs: 30_000 });
  });

  it("does not count crashes that fell out of the window", () => {
    const loop = createCrashLoop(options);
    loop.crashed(0);
    loop.crashed(10_000);
    // The first crash is 61 s old now: only two in the window.
    expect(loop.crashed(61_000)).toEqual({ restart: "now" });
    expect(loop.crashed(62_000)).toEqual({ restart: "after-pause", pauseMs: 30_000 });
  });

  it("doubles the pause at each loop, up to the longest pause", () => {
    const loop = createCrashLoop(options);
    const pauses: number[] = [];
    for (let at = 0; pauses.length < 4; at += 1000) {
      const after = loop.crashed(at);
      if (after.restart === "after-pause") pauses.push(after.pauseMs);
    }
    expect(pauses).toEqual([30_000, 60_000, 100_000, 100_000]);
  });

  it("forgets the loop after a run as long as the window", () => {
    const loop = createCrashLoop(options);
    for (let at = 0; at < 3000; at += 1000) loop.crashed(at);
    loop.crashed(3000);
    loop.crashed(4000);
    loop.ran(4000, 63_999);
    expect(loop.crashed(64_000)).toEqual({ restart: "now" });
    loop.ran(64_000, 124_000);
    loop.crashed(124_001);
    loop.crashed(124_002);
    // Back to the first pause: the loop count was forgotten too.
    expect(loop.crashed(124_003)).toEqual({ restart: "after-pause", pauseMs: 30_000 });
  });

  it("refuses options that would never restart or never pause", () => {
    expect(() => createCrashLoop({ ...options, limit: 0 })).toThrow(RangeError);
    expect(() => createCrashLoop({ ...options, pauseMs: Number.NaN })).toThrow(RangeError);
  });
});
