import { type CrashLoopOptions, createCrashLoop } from "../core/heal/crash-loop";

/** The parts of Electron's webContents the watchdog uses (a fake stands in for it in tests). */
export interface WatchedContents {
  on(event: "render-process-gone" | "unresponsive" | "responsive", listener: (...args: never[]) => void): unknown;
  forcefullyCrashRenderer(): void;
  reload(): void;
  isDestroyed(): boolean;
}

export interface RendererWatchdogOptions {
  /** Ends the resident's session (core wipes its identity); the outbox is in the store, untouched. */
  endSession: () => void;
  /** Shows the out-of-service screen for a crash loop's pause. */
  showOutOfService: () => void;
  /** Loads the kiosk page afresh, after a pause. */
  loadKiosk: () => void;
  /** How long a hung page may stay hung before its renderer is killed; default 10 s. */
  hungGraceMs?: number;
  crashLoop?: CrashLoopOptions;
  log: (message: string, fields: Record<string, unknown>) => void;
  now?: () => number;
}

/** Five renderer crashes in five minutes is a loop: pause 1 min, doubling to 15 min. */
const DEFAULT_CRASH_LOOP: CrashLoopOptions = { limit: 5, windowMs: 300_000, pauseMs: 60_000, maxPauseMs: 900_000 };

/**
 * Electron's half of self-healing: the kiosk window's renderer crashed (`render-process-gone`)
 * or hung (`unresponsive`). Either way the resident's session ends, since nobody can see or end it
 * any more, and the page starts again. A hang that outlasts the grace is ended by crashing the
 * renderer, which then comes back through the crash path. A crash loop shows the out-of-service
 * screen instead of reloading a page that keeps dying, and tries again after the pause.
 * Core runs in the main process, so its outbox and store are untouched by any of this.
 */
export function watchRenderer(contents: WatchedContents, options: RendererWatchdogOptions): () => void {
  const now = options.now ?? Date.now;
  const loop = createCrashLoop(options.crashLoop ?? DEFAULT_CRASH_LOOP);
  let hungTimer: NodeJS.Timeout | undefined;
  let pauseTimer: NodeJS.Timeout | undefined;
  let loadedAt = now();
  let stopped = false;

  const restart = (why: string): void => {
    options.endSession();
    loop.ran(loadedAt, now());
    const after = loop.crashed(now());
    if (after.restart === "now") {
      options.log("the kiosk page is reloaded", { why });
      loadedAt = now();
      contents.reload();
      return;
    }
    options.log("the kiosk page keeps failing: out of service for a while", { why, pauseMs: after.pauseMs });
    options.showOutOfService();
    pauseTimer = setTimeout(() => {
      if (stopped || contents.isDestroyed()) return;
      loadedAt = now();
      options.loadKiosk();
    }, after.pauseMs);
  };

  contents.on("render-process-gone", (_event: unknown, details: { reason: string }) => {
    clearTimeout(hungTimer);
    // "clean-exit" is the window closing as the app quits, not a failure.
    if (stopped || details.reason === "clean-exit" || contents.isDestroyed()) return;
    restart(`renderer ${details.reason}`);
  });
  contents.on("unresponsive", () => {
    clearTimeout(hungTimer);
    hungTimer = setTimeout(() => {
      if (stopped || contents.isDestroyed()) return;
      options.log("the kiosk page stays hung: its renderer is ended", {});
      // Comes back through "render-process-gone" (reason "killed"), which ends the session and reloads.
      contents.forcefullyCrashRenderer();
    }, options.hungGraceMs ?? 10_000);
  });
  contents.on("responsive", () => clearTimeout(hungTimer));

  return () => {
    stopped = true;
    clearTimeout(hungTimer);
    clearTimeout(pauseTimer);
  };
}
