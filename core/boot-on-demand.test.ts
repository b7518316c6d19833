import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { bootOnDemand } from "./boot-on-demand";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("bootOnDemand", () => {
  it("boots once, when first needed", async () => {
    const boot = vi.fn(() => Promise.resolve("runtime"));
    const runtime = bootOnDemand(boot, 2000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(boot).not.toHaveBeenCalled();
    expect(runtime.started()).toBe(false);
    runtime.need();
    runtime.need();
    expect(runtime.started()).toBe(true);
    await expect(runtime.booted).resolves.toBe("runtime");
    await vi.advanceTimersByTimeAsync(5000);
    expect(boot).toHaveBeenCalledOnce();
  });

  it("boots on its own when nothing asks within the grace period", async () => {
    const boot = vi.fn(() => Promise.resolve("runtime"));
    const runtime = bootOnDemand(boot, 2000);
    await vi.advanceTimersByTimeAsync(1999);
    expect(boot).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await expect(runtime.booted).resolves.toBe("runtime");
  });

  it("does not boot after a shutdown that came first", async () => {
    const boot = vi.fn(() => Promise.resolve("runtime"));
    const runtime = bootOnDemand(boot, 2000);
    runtime.cancel();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(boot).not.toHaveBeenCalled();
    expect(runtime.started()).toBe(false);
  });

  it("passes a failed boot on to whoever waits for the runtime", async () => {
    const runtime = bootOnDemand(() => Promise.reject(new Error("no store")), 2000);
    runtime.need();
    await expect(runtime.booted).rejects.toThrow("no store");
  });
});
