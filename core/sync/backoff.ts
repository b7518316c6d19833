/** Options for `backoffDelay`. */
export interface BackoffOptions {
  /** Delay before the first retry, in ms; default 1000. */
  baseMs?: number;
  /** Longest delay, in ms; default 300000 (5 minutes). */
  maxMs?: number;
  /** Source of randomness in [0, 1); default Math.random. */
  random?: () => number;
}

/**
 * Exponential backoff with "equal jitter": half the exponential step is fixed, half random.
 *
 * Why jitter: after a city-wide network cut, hundreds of kiosks come back at the same second;
 * without it they would retry in lockstep and knock the central service over again.
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const base = options.baseMs ?? 1000;
  const max = options.maxMs ?? 300_000;
  const random = options.random ?? Math.random;
  const step = Math.min(max, base * 2 ** Math.max(0, Math.min(attempt - 1, 30)));
  return Math.round(step / 2 + random() * (step / 2));
}
