import { useEffect, useRef, useState } from "react";

/** Options for the idle timer. */
export interface IdleTimerOptions {
  /** Whether the timer runs at all (not on the attract screen, not while the kiosk is busy). */
  enabled: boolean;
  /** Seconds without a touch before the warning appears. */
  warnAfterSeconds: number;
  /** Length of the visible countdown, never below 30 (ux.md §3). */
  countdownSeconds: number;
  /** Called on every touch or key, for the session keep-alive. */
  onActivity: () => void;
  /** Called when the countdown reaches zero. */
  onExpire: () => void;
}

/**
 * Watches for touches; after `warnAfterSeconds` of silence it starts a countdown and reports the
 * seconds left (null while the resident is active). Any touch during the countdown — including the
 * "continue" button — starts over, without limit.
 */
export function useIdleTimer(options: IdleTimerOptions): { secondsLeft: number | null; extend: () => void } {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const latest = useRef(options);
  const [epoch, setEpoch] = useState(0);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    if (!options.enabled) return;
    let countdown: ReturnType<typeof setInterval> | null = null;
    const warn = setTimeout(() => {
      let left = latest.current.countdownSeconds;
      setSecondsLeft(left);
      countdown = setInterval(() => {
        left -= 1;
        if (left <= 0) {
          if (countdown !== null) clearInterval(countdown);
          setSecondsLeft(null);
          latest.current.onExpire();
        } else {
          setSecondsLeft(left);
        }
      }, 1000);
    }, options.warnAfterSeconds * 1000);
    const restart = (): void => {
      latest.current.onActivity();
      setSecondsLeft(null);
      setEpoch((n) => n + 1);
    };
    document.addEventListener("pointerdown", restart, { capture: true });
    document.addEventListener("keydown", restart, { capture: true });
    return () => {
      clearTimeout(warn);
      if (countdown !== null) clearInterval(countdown);
      document.removeEventListener("pointerdown", restart, { capture: true });
      document.removeEventListener("keydown", restart, { capture: true });
      setSecondsLeft(null);
    };
  }, [options.enabled, options.warnAfterSeconds, epoch]);

  return {
    secondsLeft,
    extend: () => {
      setSecondsLeft(null);
      setEpoch((n) => n + 1);
    },
  };
}
