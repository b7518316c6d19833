import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { type AppVersion, compareVersions } from "../../central/protocol";
import type { Logger } from "../log";
import { type FeedSource, feedFolderUrl, fetchFeed } from "./feed-client";
import { readJournal } from "./journal";
import { whenNoSession, type SessionState } from "./session-gate";
import { beginTrial, finish, noteTrialStart, settleTrial, type Trial } from "./trial";
import { type UpdateReport, updateReport } from "./update-report";

/**
 * What the Electron shell's updater (electron-updater's autoUpdater, electron/updater.ts) does for
 * this module: the one part that needs Electron, so the rules here are tested without it.
 */
export interface UpdaterEdge {
  /** Points the updater at the kiosk's feed folder with its token. */
  configure(feed: { url: string; headers: Record<string, string> }): void;
  /**
   * Checks the feed and downloads the offered version in the background; resolves with the
   * installer once it is complete and its sha512 matched the feed's (else rejects), or undefined
   * when nothing newer is offered.
   */
  download(): Promise<{ version: AppVersion; file: string } | undefined>;
  /** Quits and runs the downloaded installer silently; the new version starts when it is done. */
  install(): void;
  /** Quits and runs a kept installer silently (going back to the version it installs). */
  runInstaller(file: string): void;
}

export interface ElectronUpdatesParts {
  edge: UpdaterEdge;
  /** latest.yml on Windows, latest-linux.yml on Linux (electron-updater reads the same one). */
  feedName: "latest.yml" | "latest-linux.yml";
  feed: FeedSource;
  /** The journal file, in the data folder. */
  journalPath: string;
  /** Where each installed version's installer is kept, the way back to it: <dir>/<version>/<file>. */
  installersDir: string;
  sessions: SessionState;
  running: AppVersion;
  logger: Logger;
  now: () => Date;
}

/**
 * The Electron shell's updates: electron-updater downloads and verifies, this module decides when
 * to install (never during a session), keeps each installer as the way back, proves the new
 * version with the config self-test and goes back when it fails.
 */
export class ElectronUpdates {
  #pending: AppVersion | undefined;
  #busy = false;

  constructor(private readonly parts: ElectronUpdatesParts) {}

  report(): UpdateReport {
    return updateReport(this.parts.journalPath, this.#pending);
  }

  async checkOnce(): Promise<"nothing-new" | "skipped-failed" | "installing"> {
    if (this.#busy) return "nothing-new";
    this.#busy = true;
    try {
      return await this.#check();
    } finally {
      this.#busy = false;
    }
  }

  async #check(): Promise<"nothing-new" | "skipped-failed" | "installing"> {
    const { edge, feed, running } = this.parts;
    // Read the feed first: a version that failed here is not downloaded again every check.
    const offered = await fetchFeed(feed, this.parts.feedName);
    if (offered === undefined || compareVersions(offered.version, running) <= 0) return "nothing-new";
    if (readJournal(this.parts.journalPath).failed.includes(offered.version)) return "skipped-failed";
    const token = feed.token();
    edge.configure({
      url: feedFolderUrl(feed).href,
      headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
    });
    const got = await edge.download();
    if (got === undefined || compareVersions(got.version, running) <= 0) return "nothing-new";
    if (readJournal(this.parts.journalPath).failed.includes(got.version)) return "skipped-failed";
    const kept = join(this.parts.installersDir, got.version);
    mkdirSync(kept, { recursive: true });
    copyFileSync(got.file, join(kept, basename(got.file)));
    this.#pending = got.version;
    this.parts.logger.info(
      { version: got.version },
      "app update downloaded; installs once no session is open",
    );
    await whenNoSession(this.parts.sessions);
    const previousInstaller = this.#installerOf(running);
    beginTrial(this.parts.journalPath, {
      version: got.version,
      previous: running,
      ...(previousInstaller === undefined ? {} : { previousInstaller }),
    });
    edge.install();
    return "installing";
  }

  /**
   * First thing at start, before the runtime boots: a version on trial that started before
   * without a verdict goes back at once (true: the previous installer is running).
   */
  noteStart(): boolean {
    const verdict = noteTrialStart(this.parts.journalPath, this.parts.running);
    return verdict.kind === "back" && this.#goBack(verdict.trial, verdict.reason) === "rolled-back";
  }

  /** Once the runtime has booted: keeps the new version, or runs the previous one's installer. */
  settle(selfTest: () => void): "none" | "kept" | "rolled-back" | "failed" {
    const verdict = settleTrial(this.parts.journalPath, this.parts.running, selfTest, this.parts.now());
    if (verdict.kind === "none") return "none";
    if (verdict.kind === "kept") {
      this.#pruneInstallers([verdict.version, verdict.previous]);
      return "kept";
    }
    return this.#goBack(verdict.trial, verdict.reason);
  }

  #goBack(trial: Trial, reason: string): "rolled-back" | "failed" {
    const { journalPath } = this.parts;
    const installer = trial.previousInstaller;
    if (installer === undefined || !existsSync(installer)) {
      // The version before came from a technician, not through the updater: nothing to run.
      finish(
        journalPath,
        trial,
        { outcome: "failed", reason: `${reason}; no installer of ${trial.previous} kept` },
        this.parts.now(),
      );
      this.parts.logger.error(
        { version: trial.version, reason },
        "app update failed and there is no version to go back to",
      );
      return "failed";
    }
    finish(journalPath, trial, { outcome: "rolled-back", reason }, this.parts.now());
    this.parts.logger.error(
      { version: trial.version, previous: trial.previous, reason },
      "app update rolled back",
    );
    this.parts.edge.runInstaller(installer);
    return "rolled-back";
  }

  #installerOf(version: AppVersion): string | undefined {
    const dir = join(this.parts.installersDir, version);
    if (!existsSync(dir)) return undefined;
    const [file] = readdirSync(dir);
    return file === undefined ? undefined : join(dir, file);
  }

  #pruneInstallers(keep: readonly string[]): void {
    if (!existsSync(this.parts.installersDir)) return;
    for (const entry of readdirSync(this.parts.installersDir)) {
      if (!keep.includes(entry))
        rmSync(join(this.parts.installersDir, entry), { recursive: true, force: true });
    }
  }
}
