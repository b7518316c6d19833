import { join } from "node:path";
import type { SafeStorage } from "electron";
import { type KeyProvider, sealedFileKeyProvider } from "../core/store/keys";

/**
 * The outbox key under Electron: the same key file as the web shell, its bytes wrapped by the OS
 * secret store through `safeStorage` (architecture.md "Data"). The key is kept as base64 text
 * because safeStorage encrypts strings.
 */
export function safeStorageKeyProvider(
  safeStorage: Pick<SafeStorage, "encryptString" | "decryptString">,
  dataDir: string,
): KeyProvider {
  return sealedFileKeyProvider(join(dataDir, "outbox.key.sealed"), {
    seal: (key) => new Uint8Array(safeStorage.encryptString(Buffer.from(key).toString("base64"))),
    unseal: (stored) => new Uint8Array(Buffer.from(safeStorage.decryptString(Buffer.from(stored)), "base64")),
  });
}
