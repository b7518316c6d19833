/** A cancellable pending timer. */
export interface Timer {
  cancel(): void;
}

/**
 * Time as core sees it (sessions, the maintenance gate, the sync engine): injected so tests move
 * it by hand instead of waiting (test/support/manual-clock.ts).
 */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  /** Runs `fn` once after `ms` (a negative delay counts as 0); the timer must not keep the process alive on its own. */
  setTimer(fn: () => void, ms: number): Timer;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(fn, ms) {
    const handle = setTimeout(fn, Math.max(0, ms));
    // Core's timers are background helpers: the web shell or Electron keeps the process alive.
    handle.unref();
    return { cancel: () => clearTimeout(handle) };
  },
};
