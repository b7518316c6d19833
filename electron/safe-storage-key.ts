import { join } from "node:path";
import type { SafeStorage } from "electron";
import { type KeyProvider, sealedFileKeyProvider } from "../core/store/keys";

/**
 * The outbox key under Electron: the same key file as the web shell, its bytes wrapped by the OS
 * secret store through `safeStorage` (docs/architecture.md "Data"). The key is kept as base64 text
 * because safeStorage encrypts strings.
 */
export function safeStorageKeyProvider(
  safeStorage: Pick<SafeStorage, "encryptStringAsync" | "decryptStringAsync">,
  dataDir: string,
): KeyProvider {
  return sealedFileKeyProvider(join(dataDir, "outbox.key.sealed"), {
    seal: async (key) => new Uint8Array(await safeStorage.encryptStringAsync(Buffer.from(key).toString("base64"))),
    unseal: async (stored) => {
      const { result } = await safeStorage.decryptStringAsync(Buffer.from(stored));
      return new Uint8Array(Buffer.from(result, "base64"));
    },
  });
}
