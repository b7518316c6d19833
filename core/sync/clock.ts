/** A cancellable pending timer. */
export interface Timer {
  cancel(): void;
}

/**
 * Time as the sync engine sees it; injected so tests control it instead of waiting.
 */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  /** Runs `fn` once after `ms`; the timer must not keep the process alive on its own. */
  setTimer(fn: () => void, ms: number): Timer;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(fn, ms) {
    const handle = setTimeout(fn, Math.max(0, ms));
    // The engine is a background helper: the web shell or Electron keeps the process alive.
    handle.unref();
    return { cancel: () => clearTimeout(handle) };
  },
};
