import type { AppVersion } from "../../central/protocol";
import type { Logger } from "../log";
import type { FeedSource } from "./feed-client";
import type { SessionState } from "./session-gate";
import type { UpdateReport } from "./update-report";

/** What boot needs of either shell's updater (web-updater.ts, electron-updates.ts). */
export interface AppUpdates {
  report(): UpdateReport;
  checkOnce(): Promise<unknown>;
  /** Before the runtime boots: true when a version on trial crashed before and is being undone. */
  noteStart(): boolean;
  settle(selfTest: () => void): "none" | "kept" | "rolled-back" | "failed";
}

/** What boot hands the shell's factory of its updater. */
export interface AppUpdateParts {
  sessions: SessionState;
  feed: FeedSource;
  running: AppVersion;
  /** The journal file in the data folder, which outlives every installed version. */
  journalPath: string;
  dataDir: string;
  logger: Logger;
}

/** Builds the shell's updater, or undefined where updates are off (a checkout, a dev build). */
export type AppUpdatesFactory = (parts: AppUpdateParts) => AppUpdates | undefined;

/** How often a kiosk looks at its update feed. */
export const UPDATE_CHECK_INTERVAL_MS = 30 * 60 * 1000;

/**
 * Looks at the feed once `ready` settles (central reached, kiosk enrolled), then every interval;
 * a failed look is logged and waits for the next. Returns the stop function.
 */
export function scheduleUpdateChecks(
  updates: AppUpdates,
  options: { ready: Promise<unknown>; logger: Logger; intervalMs?: number },
): () => void {
  let stopped = false;
  const check = (): void => {
    if (stopped) return;
    updates.checkOnce().catch((error: unknown) => {
      options.logger.warn({ err: error }, "app update check failed; the kiosk keeps its version");
    });
  };
  void options.ready.then(check, check);
  const timer = setInterval(check, options.intervalMs ?? UPDATE_CHECK_INTERVAL_MS);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
