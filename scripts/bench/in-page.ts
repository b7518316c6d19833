import type { Page } from "playwright-core";

/**
 * Timing a tap from inside the page: from the touch reaching the page (its pointerdown) to the
 * first frame that shows the expected state, which is what a resident feels. A driver-side time
 * also holds Playwright's own work before it touches (actionability checks: visible, stable over
 * two animation frames, hit target) and its polling after, which no page can make shorter.
 *
 * The page code is a string, as in webshell.bench.ts: the scripts are typed for Node, not the DOM.
 */
const WATCH = (selector: string): string => `(() => {
  const g = globalThis;
  if (g.__benchInPage === undefined) {
    const created = { touchAt: null, painted: null };
    // Captured on the window: before any of the page's own listeners run.
    addEventListener("pointerdown", (e) => { created.touchAt = e.timeStamp; }, { capture: true });
    g.__benchInPage = created;
  }
  const w = g.__benchInPage;
  const selector = ${JSON.stringify(selector)};
  w.touchAt = null;
  w.painted = new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(selector + " did not appear"));
    }, 20000);
    const check = () => {
      if (document.querySelector(selector) === null) return;
      observer.disconnect();
      clearTimeout(timer);
      // The frame that shows it: the next animation frame, then the task after it, which runs once
      // that frame has been handed on to be composited. That task is a posted message, not a
      // timer: while a finger is still down Chromium holds timers back, and the time would be
      // the finger's rather than the page's.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          if (w.touchAt === null) reject(new Error(selector + " appeared before any touch"));
          else resolve(performance.now() - w.touchAt);
        };
        channel.port2.postMessage(null);
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, attributes: true });
  });
  // Unhandled until inPageMs asks: keep a rejection from being reported early.
  w.painted.catch(() => undefined);
})()`;

/** Starts watching for `selector` before a tap; `inPageMs` then collects the time. */
export async function watchFor(page: Page, selector: string): Promise<void> {
  await page.evaluate(WATCH(selector));
}

/** Touch → painted for the last `watchFor`, in ms. */
export async function inPageMs(page: Page): Promise<number> {
  const ms = await page.evaluate(`(() => {
    const w = globalThis.__benchInPage;
    if (w === undefined || w.painted === null) throw new Error("watchFor was not called");
    return w.painted;
  })()`);
  if (typeof ms !== "number") throw new Error("the page gave no time");
  return ms;
}
