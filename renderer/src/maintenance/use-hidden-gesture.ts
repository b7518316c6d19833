import { useEffect, useRef } from "react";

/** Taps needed in the top-left corner, and the time they must fall within. */
const TAPS = 5;
const WITHIN_MS = 3000;
/** Corner size in CSS px: large enough to hit on purpose, out of the way of every control. */
const CORNER_PX = 96;

/**
 * The hidden way into the maintenance menu: five taps in the top-left corner within
 * three seconds. Residents do not stumble on it, and it still needs the PIN.
 */
export function useHiddenGesture(onGesture: () => void): void {
  const taps = useRef<number[]>([]);
  const latest = useRef(onGesture);
  useEffect(() => {
    latest.current = onGesture;
  });
  useEffect(() => {
    const onPointer = (event: PointerEvent): void => {
      if (event.clientX > CORNER_PX || event.clientY > CORNER_PX) {
        taps.current = [];
        return;
      }
      const now = performance.now();
      taps.current = [...taps.current.filter((t) => now - t < WITHIN_MS), now];
      if (taps.current.length >= TAPS) {
        taps.current = [];
        latest.current();
      }
    };
    document.addEventListener("pointerdown", onPointer, { capture: true });
    return () => document.removeEventListener("pointerdown", onPointer, { capture: true });
  }, []);
}
