import { createHmac, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const KEY_FILE = "resident-hash.key";

/** Hashes an ID number for counting and matching without keeping it: hex HMAC-SHA-256. */
export type ResidentHasher = (idNumber: string) => string;

/**
 * Loads the resident-hash key from `dataDir`, generating it on first start (as the signing key).
 *
 * Why a keyed hash kept outside the database: an ID number has so few possible values that a
 * plain or salted hash stored beside it is reversed by trying them all; without the key, the
 * hashes in a stolen database name no one. Every central process of a fleet shares the folder,
 * so a resident hashes the same on each.
 */
export function loadOrCreateResidentHasher(dataDir: string): ResidentHasher {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, KEY_FILE);
  let key: Buffer;
  try {
    key = readFileSync(path);
  } catch {
    try {
      writeFileSync(path, randomBytes(32), { flag: "wx", mode: 0o600 });
    } catch {
      // Another process won the race: use its key.
    }
    key = readFileSync(path);
  }
  if (key.length < 32) throw new Error(`${path} is shorter than 32 bytes; remove it to make a new key`);
  return (idNumber) => createHmac("sha256", key).update(idNumber.trim().toUpperCase(), "utf8").digest("hex");
}
