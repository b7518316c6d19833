/**
 * The longest a runtime waits for its page before it boots anyway: a kiosk whose screen is slow
 * to come, or absent, still reads cards and syncs.
 */
export const BOOT_WITHOUT_PAGE_MS = 2000;

/** A runtime that boots when a shell first needs it. */
export interface BootOnDemand<T> {
  /** Settles once the boot has run (or failed). */
  readonly booted: Promise<T>;
  /** The runtime is needed now (a page connected, or called): boots it, once. */
  readonly need: () => void;
  /** Whether the boot has begun. */
  readonly started: () => boolean;
  /** Shutting down before anything asked: the boot will not begin on its own any more. */
  readonly cancel: () => void;
}

/**
 * Screen first, for both shells: a shell serves the attract page before the runtime has loaded,
 * and boots it when the page first needs it. A prerendered page asks only once its first frame is
 * on screen; booting sooner would only take the CPU the browser needs to paint it, and on two
 * cores that cost the first paint about 0.3 s. With no page at all it boots after `graceMs`.
 */
export function bootOnDemand<T>(boot: () => Promise<T>, graceMs = BOOT_WITHOUT_PAGE_MS): BootOnDemand<T> {
  let started = false;
  let begin: () => void = () => undefined;
  const wanted = new Promise<void>((resolve) => {
    begin = () => {
      started = true;
      resolve();
    };
  });
  const timer = setTimeout(() => begin(), graceMs);
  return {
    booted: wanted.then(boot),
    need: () => {
      clearTimeout(timer);
      begin();
    },
    started: () => started,
    cancel: () => clearTimeout(timer),
  };
}
