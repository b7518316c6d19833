import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import * as z from "zod";
import { AppVersion, LastAppUpdate } from "../../central/protocol";

/**
 * What the updater remembers across restarts (a small JSON file): the update on trial (installed,
 * not yet proven by a self-test), the last outcome for the heartbeat, and the versions that failed
 * here, which are never installed again.
 */
export const UpdateJournal = z.object({
  trial: z
    .object({
      version: AppVersion,
      previous: AppVersion,
      /** Starts of the new version so far; a second start without a verdict means it crashed. */
      boots: z.number().int().min(0),
      /** Electron: the installer of the previous version, run to go back (none when not kept). */
      previousInstaller: z.string().optional(),
    })
    .optional(),
  lastUpdate: LastAppUpdate.optional(),
  failed: z.array(AppVersion).max(100).default([]),
});
export type UpdateJournal = z.infer<typeof UpdateJournal>;

/** The journal at `path`; an absent or unreadable one is an empty journal (nothing on trial). */
export function readJournal(path: string): UpdateJournal {
  try {
    return UpdateJournal.parse(JSON.parse(readFileSync(path, "utf8")));
  } catch {
    return { failed: [] };
  }
}

/** Writes the journal whole or not at all (temp file, then rename), so a power cut leaves one or the other. */
export function writeJournal(path: string, journal: UpdateJournal): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${randomUUID()}.tmp`;
  writeFileSync(temp, `${JSON.stringify(UpdateJournal.parse(journal), null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, path);
}
