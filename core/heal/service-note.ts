import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod";
import { defaultConfig } from "../../kiosk-config/config/schema";

/**
 * What the out-of-service screen needs to say, noted by the runtime each time it boots, in the
 * data folder: the supervisor shows that screen exactly when the runtime cannot start, so it
 * cannot ask the runtime, and must not open the store (a damaged store may be why it cannot start).
 * Nothing here is personal: the kiosk's own id and name, and the help line from its config.
 */
export const ServiceNote = z
  .object({
    kioskId: z.string().min(1).max(64),
    kioskName: z.string().min(1).max(60),
    helpPhone: z.string().min(1).max(24),
  })
  .strict();
export type ServiceNote = z.infer<typeof ServiceNote>;

const FILE = "service-note.json";

/** Writes the note whole or not at all (a crash mid-write leaves the previous one). */
export function writeServiceNote(dataDir: string, note: ServiceNote): void {
  const path = join(dataDir, FILE);
  const temp = `${path}.tmp`;
  writeFileSync(temp, `${JSON.stringify(ServiceNote.parse(note))}\n`, { mode: 0o600 });
  renameSync(temp, path);
}

/** The last note, or null when there is none yet or it cannot be read as one. */
export function readServiceNote(dataDir: string): ServiceNote | null {
  try {
    const parsed = ServiceNote.safeParse(JSON.parse(readFileSync(join(dataDir, FILE), "utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The note, or, on a kiosk whose runtime has never booted here, its local id if it has one
 * (core/kiosk-id.ts, read, never made) and the built-in name and help line.
 */
export function serviceNoteOrDefaults(dataDir: string): ServiceNote {
  const noted = readServiceNote(dataDir);
  if (noted !== null) return noted;
  let kioskId = "—";
  try {
    kioskId = readFileSync(join(dataDir, "kiosk-id"), "utf8").trim().slice(0, 64) || kioskId;
  } catch {
    // Never started here: no number yet.
  }
  return { kioskId, kioskName: defaultConfig.kioskName, helpPhone: defaultConfig.helpPhone };
}
