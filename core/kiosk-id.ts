import { randomUUID } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * This terminal's local id, made once and kept in the data folder, so logs and status name the
 * same kiosk across restarts even before it has enrolled with a central service.
 */
export function loadOrCreateKioskId(dataDir: string): string {
  const file = join(dataDir, "kiosk-id");
  try {
    const id = readFileSync(file, "utf8").trim();
    if (/^[0-9a-f-]{36}$/.test(id)) return id;
  } catch {
    // First start: fall through and create one.
  }
  const id = randomUUID();
  writeFileSync(file, `${id}\n`, { mode: 0o600 });
  return id;
}
