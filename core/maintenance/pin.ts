import { randomInt, timingSafeEqual } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Where the technician PIN lives: a 0600 file in the data folder, made at first start. */
export const pinFile = (dataDir: string): string => join(dataDir, "maintenance-pin");

/**
 * The technician PIN: six random digits made once per kiosk (never a shared default on a public
 * terminal). Fleet config may replace it later; until then the site's technicians read it from
 * the data folder.
 */
export function loadOrCreatePin(dataDir: string): string {
  const file = pinFile(dataDir);
  try {
    const pin = readFileSync(file, "utf8").trim();
    if (/^\d{6}$/.test(pin)) return pin;
  } catch {
    // First start: make one below.
  }
  const pin = String(randomInt(0, 1_000_000)).padStart(6, "0");
  writeFileSync(file, `${pin}\n`, { mode: 0o600 });
  return pin;
}

/** Compares in constant time, so response timing says nothing about how many digits matched. */
export function pinMatches(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
