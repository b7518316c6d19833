import { useEffect, useRef, useState } from "react";

/** Options for the idle timer. */
export interface IdleTimerOptions {
  /** Whether the timer runs at all (not on the attract screen, not while the kiosk is busy). */
  enabled: boolean;
  /** Seconds without a touch before the warning appears. */
  warnAfterSeconds: number;
  /** Length of the visible countdown, never below 30 (a floor fleet config cannot lower). */
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
 *
 * A touch re-arms plain timers and changes no React state unless a countdown is showing: every
 * tap passes through here, and a state change would re-render the whole App before the tap's own
 * work (a key, 继续) could start.
 */
export function useIdleTimer(options: IdleTimerOptions): { secondsLeft: number | null; extend: () => void } {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const latest = useRef(options);
  const rearm = useRef<(() => void) | null>(null);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    if (!options.enabled) return;
    let warn: ReturnType<typeof setTimeout> | null = null;
    let countdown: ReturnType<typeof setInterval> | null = null;
    const stop = (): void => {
      if (warn !== null) clearTimeout(warn);
      if (countdown !== null) clearInterval(countdown);
      warn = null;
      countdown = null;
    };
    const arm = (): void => {
      // Hide a countdown that is showing; when none is, there is nothing to render.
      if (countdown !== null) setSecondsLeft(null);
      stop();
      warn = setTimeout(() => {
        let left = latest.current.countdownSeconds;
        setSecondsLeft(left);
        countdown = setInterval(() => {
          left -= 1;
          if (left <= 0) {
            stop();
            setSecondsLeft(null);
            latest.current.onExpire();
          } else {
            setSecondsLeft(left);
          }
        }, 1000);
      }, options.warnAfterSeconds * 1000);
    };
    const restart = (): void => {
      latest.current.onActivity();
      arm();
    };
    arm();
    rearm.current = arm;
    document.addEventListener("pointerdown", restart, { capture: true });
    document.addEventListener("keydown", restart, { capture: true });
    return () => {
      stop();
      rearm.current = null;
      document.removeEventListener("pointerdown", restart, { capture: true });
      document.removeEventListener("keydown", restart, { capture: true });
      setSecondsLeft(null);
    };
  }, [options.enabled, options.warnAfterSeconds]);

  return {
    secondsLeft,
    extend: () => {
      setSecondsLeft(null);
      rearm.current?.();
    },
  };
}
