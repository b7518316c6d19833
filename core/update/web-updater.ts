import { rmSync } from "node:fs";
import { join } from "node:path";
import { type AppVersion, compareVersions } from "../../central/protocol";
import type { Logger } from "../log";
import { downloadVerified, type FeedSource, fetchFeed } from "./feed-client";
import type { InstallFolder } from "./install-folder";
import { readJournal } from "./journal";
import { whenNoSession, type SessionState } from "./session-gate";
import { beginTrial, finish, noteTrialStart, settleTrial, type Trial } from "./trial";
import { type UpdateReport, updateReport } from "./update-report";

export interface WebUpdaterParts {
  folder: InstallFolder;
  /** The journal file (in the data folder, which outlives every version). */
  journalPath: string;
  feed: FeedSource;
  sessions: SessionState;
  /** The version this process runs. */
  running: AppVersion;
  /** Asks the supervisor to start `current` again: the kiosk exits with RESTART_EXIT_CODE. */
  requestRestart: () => void;
  logger: Logger;
  now: () => Date;
}

/** What one look at the feed did. */
export type CheckOutcome = "nothing-new" | "skipped-failed" | "no-archive" | "restarting";

/**
 * The web shell's updates on Linux, with the rules of the Electron shell's: download in the
 * background, take only what matches the feed's sha512, switch only when no resident is in a
 * session, prove the new version with the config self-test, and go back when it fails.
 */
export class WebShellUpdater {
  #pending: AppVersion | undefined;
  #busy = false;

  constructor(private readonly parts: WebUpdaterParts) {}

  report(): UpdateReport {
    return updateReport(this.parts.journalPath, this.#pending);
  }

  /**
   * Looks at the feed once and, when it offers a newer version, downloads, verifies and unpacks it,
   * waits for the residents, switches `current` and asks for the restart.
   */
  async checkOnce(): Promise<CheckOutcome> {
    if (this.#busy) return "nothing-new";
    this.#busy = true;
    try {
      return await this.#check();
    } finally {
      this.#busy = false;
    }
  }

  async #check(): Promise<CheckOutcome> {
    const { folder, running } = this.parts;
    const feed = await fetchFeed(this.parts.feed);
    if (feed === undefined || compareVersions(feed.version, running) <= 0) return "nothing-new";
    if (readJournal(this.parts.journalPath).failed.includes(feed.version)) return "skipped-failed";
    const archive = feed.files.find((f) => f.url.endsWith(".tar.gz"));
    if (archive === undefined) return "no-archive";
    if (!folder.has(feed.version)) {
      const downloads = join(folder.root, "downloads");
      const tarball = await downloadVerified(this.parts.feed, archive, downloads);
      try {
        await folder.unpack(tarball, feed.version);
      } finally {
        rmSync(tarball, { force: true });
      }
    }
    this.#pending = feed.version;
    this.parts.logger.info({ version: feed.version }, "app update ready; installs once no session is open");
    await whenNoSession(this.parts.sessions);
    // From here to the restart, synchronously: no session can start in between.
    beginTrial(this.parts.journalPath, { version: feed.version, previous: running });
    folder.switchTo(feed.version);
    this.parts.logger.info(
      { version: feed.version, previous: running },
      "switched to the new version; restarting",
    );
    this.parts.requestRestart();
    return "restarting";
  }

  /**
   * First thing at start, before the runtime boots: a version on trial that started before
   * without a verdict goes back at once (true: the restart has been asked for).
   */
  noteStart(): boolean {
    const verdict = noteTrialStart(this.parts.journalPath, this.parts.running);
    return verdict.kind === "back" && this.#goBack(verdict.trial, verdict.reason) === "rolled-back";
  }

  /**
   * Once the runtime has booted: settles an update on trial. Kept → older versions are removed
   * (the previous one stays, the way back). Failed → `current` goes back to the previous version,
   * the fleet hears of it in the heartbeat, and the kiosk restarts into it.
   */
  settle(selfTest: () => void): "none" | "kept" | "rolled-back" | "failed" {
    const verdict = settleTrial(this.parts.journalPath, this.parts.running, selfTest, this.parts.now());
    if (verdict.kind === "none") return "none";
    if (verdict.kind === "kept") {
      this.parts.folder.prune([verdict.version, verdict.previous]);
      this.parts.logger.info({ version: verdict.version }, "app update kept: self-test passed");
      return "kept";
    }
    return this.#goBack(verdict.trial, verdict.reason);
  }

  #goBack(trial: Trial, reason: string): "rolled-back" | "failed" {
    const { folder, journalPath } = this.parts;
    if (!folder.has(trial.previous)) {
      finish(
        journalPath,
        trial,
        { outcome: "failed", reason: `${reason}; previous version missing` },
        this.parts.now(),
      );
      this.parts.logger.error(
        { version: trial.version, reason },
        "app update failed and there is no version to go back to",
      );
      return "failed";
    }
    folder.switchTo(trial.previous);
    finish(journalPath, trial, { outcome: "rolled-back", reason }, this.parts.now());
    this.parts.logger.error(
      { version: trial.version, previous: trial.previous, reason },
      "app update rolled back",
    );
    this.parts.requestRestart();
    return "rolled-back";
  }
}
