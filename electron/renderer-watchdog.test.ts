import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FakeWebContents } from "../test/support/fake-electron";
import { type RendererWatchdogOptions, type WatchedContents, watchRenderer } from "./renderer-watchdog";

type FakeHandler = Parameters<FakeWebContents["on"]>[1];

/** The fake's untyped emitter seen through the watchdog's typed view of webContents. */
const asWatched = (contents: FakeWebContents): WatchedContents => ({
  on: (event, listener) => contents.on(event, listener as FakeHandler),
  forcefullyCrashRenderer: () => contents.forcefullyCrashRenderer(),
  reload: () => contents.reload(),
  isDestroyed: () => contents.isDestroyed(),
});

/**
 * The kiosk window's renderer crashing or hanging, as Electron reports it (the Electron binary
 * cannot run here: its webContents is the fake, the watchdog's logic is the real one).
 */
function watched(overrides: Partial<RendererWatchdogOptions> = {}) {
  const contents = new FakeWebContents();
  const seen = { sessionsEnded: 0, outOfService: 0, kioskLoads: 0, logged: [] as string[] };
  const stop = watchRenderer(asWatched(contents), {
    endSession: () => (seen.sessionsEnded += 1),
    showOutOfService: () => (seen.outOfService += 1),
    loadKiosk: () => (seen.kioskLoads += 1),
    hungGraceMs: 10_000,
    crashLoop: { limit: 3, windowMs: 60_000, pauseMs: 30_000, maxPauseMs: 60_000 },
    log: (message) => seen.logged.push(message),
    now: () => Date.now(),
    ...overrides,
  });
  return { contents, seen, stop };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the Electron renderer watchdog", () => {
  it("ends the resident's session and reloads the page when the renderer crashes", () => {
    const { contents, seen } = watched();
    contents.fire("render-process-gone", { reason: "crashed", exitCode: 139 });
    expect(seen.sessionsEnded).toBe(1);
    expect(contents.reloads).toBe(1);
  });

  it("leaves a clean exit (the app quitting) alone", () => {
    const { contents, seen } = watched();
    contents.fire("render-process-gone", { reason: "clean-exit", exitCode: 0 });
    expect(seen.sessionsEnded).toBe(0);
    expect(contents.reloads).toBe(0);
  });

  it("ends a renderer that stays hung past the grace, then reloads through the crash path", () => {
    const { contents, seen } = watched();
    contents.fire("unresponsive");
    vi.advanceTimersByTime(9_999);
    expect(contents.reloads).toBe(0);
    vi.advanceTimersByTime(1);
    expect(seen.sessionsEnded).toBe(1);
    expect(contents.reloads).toBe(1);
  });

  it("lets a renderer that answers again within the grace carry on, session and all", () => {
    const { contents, seen } = watched();
    contents.fire("unresponsive");
    vi.advanceTimersByTime(5_000);
    contents.fire("responsive");
    vi.advanceTimersByTime(60_000);
    expect(seen.sessionsEnded).toBe(0);
    expect(contents.reloads).toBe(0);
  });

  it("shows the out-of-service screen in a crash loop and loads the kiosk again after the pause", () => {
    const { contents, seen } = watched();
    for (let i = 0; i < 3; i++) {
      contents.fire("render-process-gone", { reason: "crashed", exitCode: 139 });
      vi.advanceTimersByTime(1000);
    }
    expect(contents.reloads).toBe(2);
    expect(seen.outOfService).toBe(1);
    expect(seen.sessionsEnded).toBe(3);
    vi.advanceTimersByTime(28_999);
    expect(seen.kioskLoads).toBe(0);
    vi.advanceTimersByTime(1);
    expect(seen.kioskLoads).toBe(1);
  });

  it("does nothing more once stopped (the app is quitting)", () => {
    const { contents, seen, stop } = watched();
    contents.fire("unresponsive");
    stop();
    vi.advanceTimersByTime(60_000);
    contents.fire("render-process-gone", { reason: "crashed", exitCode: 139 });
    expect(seen.sessionsEnded).toBe(0);
    expect(contents.reloads).toBe(0);
  });
});
