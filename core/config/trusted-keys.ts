import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod";
import type { TrustedKey } from "./verify-bundle";

/**
 * The fleet's config-signing keys this kiosk trusts: a JSON file in the data folder, installed
 * with the kiosk image (or written by the embedded central for its own key). No file, no trust:
 * every bundle is refused and the kiosk keeps its last good config.
 */
export const trustedKeysFile = (dataDir: string): string => join(dataDir, "trusted-config-keys.json");

const TrustedKeys = z.array(
  z.object({ keyid: z.string().min(1), publicKeyPem: z.string().includes("PUBLIC KEY") }),
);

export function readTrustedKeys(dataDir: string): TrustedKey[] {
  try {
    return TrustedKeys.parse(JSON.parse(readFileSync(trustedKeysFile(dataDir), "utf8")));
  } catch {
    return [];
  }
}

export function writeTrustedKeys(dataDir: string, keys: readonly TrustedKey[]): void {
  writeFileSync(trustedKeysFile(dataDir), `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
}
