import type { AppVersion, LastAppUpdate } from "../../central/protocol";
import { readJournal, type UpdateJournal, writeJournal } from "./journal";

type Trial = NonNullable<UpdateJournal["trial"]>;

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
 * Run once the app has started (the runtime booted): on a version on trial, runs the same
 * self-test as a config change, and keeps the version or says to go back.
 *
 * Why count starts: a version that crashes before its self-test ends never says so; the start
 * after that finds a trial already begun and goes back without trying again.
 */
export function settleTrial(
  journalPath: string,
  running: AppVersion,
  selfTest: () => void,
  now: Date,
): TrialVerdict {
  const journal = readJournal(journalPath);
  const trial = journal.trial;
  if (trial === undefined) return { kind: "none" };
  if (running !== trial.version) {
    // Still (or again) the previous version: the new one never started here.
    finish(journalPath, trial, { outcome: "rolled-back", reason: "the new version did not start" }, now);
    return { kind: "none" };
  }
  if (trial.boots > 0) return { kind: "back", trial, reason: "the new version stopped before its self-test ended" };
  writeJournal(journalPath, { ...journal, trial: { ...trial, boots: trial.boots + 1 } });
  try {
    selfTest();
  } catch (error) {
    return { kind: "back", trial, reason: `self-test failed: ${error instanceof Error ? error.message : String(error)}` };
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
