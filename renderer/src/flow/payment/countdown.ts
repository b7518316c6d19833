import { useEffect, useState } from "react";

/** Whole seconds left until `deadline` (ms since epoch), ticking once a second; never below 0. */
export function useSecondsLeft(deadline: number): number {
  const left = (): number => Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    setSeconds(left());
    const timer = setInterval(() => setSeconds(left()), 1000);
    return () => clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- left() reads only `deadline`
  }, [deadline]);
  return seconds;
}

/** 2:05 for 125 seconds. */
export const minutesSeconds = (seconds: number): string =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;

