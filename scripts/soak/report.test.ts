import { describe, expect, it } from "vitest";
import { formatCurve, growthOf } from "./report";
import type { Sample } from "./sample";

const sample = (session: number, rssMb: number, heap: number, fds: number, pageHeap: number): Sample => ({
  session,
  kiosk: { rssMb, heapUsedMb: heap, externalMb: 1, handles: 5, handleKinds: { Timeout: 5 }, fds },
  page: { jsHeapUsedMb: pageHeap, domNodes: 300, jsEventListeners: 100 },
});

describe("soak verdict", () => {
  it("measures growth from the warm-up sample, not from the cold start", () => {
    const samples = [sample(0, 60, 10, 20, 3), sample(100, 80, 15, 26, 5), sample(1000, 84, 15.5, 26, 5.2)];
    const growth = growthOf(samples, 100);
    expect(growth.find((g) => g.metric === "kiosk RSS (MB)")).toMatchObject({
      atWarmup: 80,
      atEnd: 84,
      growth: 0.05,
      ok: true,
    });
    expect(growth.every((g) => g.ok)).toBe(true);
  });

  it("fails a figure that grew by 10 % or more, such as leaking file descriptors", () => {
    const growth = growthOf([sample(100, 80, 15, 26, 5), sample(1000, 80, 15, 40, 5)], 100);
    expect(growth.find((g) => g.metric === "kiosk fds")).toMatchObject({ growth: 0.538, ok: false });
    expect(growthOf([sample(100, 80, 15, 26, 5), sample(1000, 88, 15, 26, 5)], 100)[0]?.ok).toBe(false);
  });

  it("draws one row per sample", () => {
    const curve = formatCurve([sample(0, 50, 10, 20, 3), sample(50, 100, 10, 20, 3)]);
    expect(curve.trim().split("\n")).toHaveLength(3);
    expect(curve).toContain("#".repeat(40));
  });
});
