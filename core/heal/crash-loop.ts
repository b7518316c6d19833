/**
 * When to restart something that keeps dying, shared by the web shell's supervisor (the kiosk
 * process) and the Electron shell (its renderer). One crash is a restart at once: a kiosk that
 * crashed at 3 a.m. should be back before anyone notices. `limit` crashes within `windowMs` is a
 * crash loop: restarting at full speed would only burn the CPU the two-core box needs and show a
 * blank or flickering screen, so the thing is paused instead, and the pause doubles at each loop
 * up to `maxPauseMs` (someone may have fixed the cause by then, a cable, a full disk, a bad update).
 * A run that lasts `windowMs` counts as healthy and forgets the loop.
 */
export interface CrashLoopOptions {
  /** Crashes within the window that make a loop; at least 1. */
  limit: number;
  windowMs: number;
  /** The first pause after a loop. */
  pauseMs: number;
  /** The longest pause. */
  maxPauseMs: number;
}

/** What to do after one crash: restart now, or pause (show the out-of-service screen) first. */
export type AfterCrash = { restart: "now" } | { restart: "after-pause"; pauseMs: number };

export interface CrashLoop {
  /** Records a crash at `now` and says what to do. */
  crashed(now: number): AfterCrash;
  /** The thing has run since `startedAt` until `now`; a long enough run forgets the loop. */
  ran(startedAt: number, now: number): void;
}

export function createCrashLoop(options: CrashLoopOptions): CrashLoop {
  if (!(options.limit >= 1) || !(options.windowMs > 0) || !(options.pauseMs > 0)) {
    throw new RangeError("crash loop: limit ≥ 1, windowMs > 0 and pauseMs > 0 are required");
  }
  let crashes: number[] = [];
  let loops = 0;
  return {
    crashed(now) {
      crashes = [...crashes.filter((at) => now - at < options.windowMs), now];
      if (crashes.length < options.limit) return { restart: "now" };
      // The pause ends this loop: the restarts after it start a fresh count.
      crashes = [];
      const pauseMs = Math.min(options.pauseMs * 2 ** loops, options.maxPauseMs);
      loops += 1;
      return { restart: "after-pause", pauseMs };
    },
    ran(startedAt, now) {
      if (now - startedAt < options.windowMs) return;
      crashes = [];
      loops = 0;
    },
  };
}
