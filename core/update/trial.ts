import type { AppVersion, LastAppUpdate } from "../../central/protocol";
import { readJournal, type UpdateJournal, writeJournal } from "./journal";

/** An update installed and not yet proven. */
export type Trial = NonNullable<UpdateJournal["trial"]>;

/** What became of an update once the new version started. */
export type TrialVerdict =
  | { kind: "none" }
  | { kind: "kept"; version: AppVersion; previous: AppVersion }
  | { kind: "back"; trial: Trial; reason: string };

/** Records, just before the switch, that `version` is on trial and `previous` is the way back. */
export function beginTrial(journalPath: string, trial: Omit<Trial, "boots">): void {
  const journal = readJournal(journalPath);
  writeJournal(journalPath, { ...journal, trial: { ...trial, boots: 0 } });
}

/**
 * Run first thing when the process starts, before the runtime boots: counts a start of a version
 * on trial, and says to go back when it had started before without a verdict (it crashed or hung
 * while booting or in its self-test, and the supervisor started it again).
 */
export function noteTrialStart(journalPath: string, running: AppVersion): TrialVerdict {
  const journal = readJournal(journalPath);
  const trial = journal.trial;
  if (trial === undefined || running !== trial.version) return { kind: "none" };
  if (trial.boots > 0)
    return { kind: "back", trial, reason: "the new version stopped before its self-test ended" };
  writeJournal(journalPath, { ...journal, trial: { ...trial, boots: trial.boots + 1 } });
  return { kind: "none" };
}

/**
 * Run once the runtime has booted: on a version on trial, runs the same self-test as a config
 * change, and keeps the version or says to go back.
 */
export function settleTrial(
  journalPath: string,
  running: AppVersion,
  selfTest: () => void,
  now: Date,
): TrialVerdict {
  const trial = readJournal(journalPath).trial;
  if (trial === undefined) return { kind: "none" };
  if (running !== trial.version) {
    // Still (or again) the previous version: the new one never started here.
    finish(journalPath, trial, { outcome: "rolled-back", reason: "the new version did not start" }, now);
    return { kind: "none" };
  }
  try {
    selfTest();
  } catch (error) {
    return {
      kind: "back",
      trial,
      reason: `self-test failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  finish(journalPath, trial, { outcome: "installed" }, now);
  return { kind: "kept", version: trial.version, previous: trial.previous };
}

/** Ends a trial with its outcome: for the heartbeat, and a failed version is never taken again. */
export function finish(
  journalPath: string,
  trial: Trial,
  result: { outcome: LastAppUpdate["outcome"]; reason?: string },
  now: Date,
): void {
  const journal = readJournal(journalPath);
  const failed =
    result.outcome === "installed" || journal.failed.includes(trial.version)
      ? journal.failed
      : [...journal.failed, trial.version].slice(-100);
  writeJournal(journalPath, {
    failed,
    lastUpdate: {
      version: trial.version,
      outcome: result.outcome,
      at: now.toISOString(),
      ...(result.reason === undefined ? {} : { reason: result.reason.slice(0, 200) }),
    },
  });
}
