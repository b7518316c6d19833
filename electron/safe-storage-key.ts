import { join } from "node:path";
import type { SafeStorage } from "electron";
import { StoreError } from "../core/store/errors";
import { type KeyProvider, sealedFileKeyProvider } from "../core/store/keys";

/** What of Electron's safeStorage the key provider uses; the backend query exists on Linux only. */
export type SafeStorageLike = Pick<SafeStorage, "encryptStringAsync" | "decryptStringAsync"> &
  Partial<Pick<SafeStorage, "getSelectedStorageBackend">>;

/**
 * The outbox key under Electron: the same key file as the web shell, its bytes wrapped by the OS
 * secret store through `safeStorage` (docs/architecture.md "Data"). The key is kept as base64 text
 * because safeStorage encrypts strings.
 *
 * On Linux without a keyring, safeStorage falls back to `basic_text`: "encrypted" with a password
 * written in Chromium's source, which is clear text with extra steps. The kiosk refuses it: the
 * key (and the enrollment token it seals) is never written that way, and the start stops with a
 * message saying what to install.
 */
export function safeStorageKeyProvider(safeStorage: SafeStorageLike, dataDir: string): KeyProvider {
  const sealed = sealedFileKeyProvider(join(dataDir, "outbox.key.sealed"), {
    seal: async (key) =>
      new Uint8Array(await safeStorage.encryptStringAsync(Buffer.from(key).toString("base64"))),
    unseal: async (stored) => {
      const { result } = await safeStorage.decryptStringAsync(Buffer.from(stored));
      return new Uint8Array(Buffer.from(result, "base64"));
    },
  });
  return {
    loadKey: async () => {
      refuseWeakBackend(safeStorage);
      return sealed.loadKey();
    },
  };
}

export function refuseWeakBackend(safeStorage: SafeStorageLike): void {
  const backend = safeStorage.getSelectedStorageBackend?.();
  if (backend === "basic_text") {
    throw new StoreError(
      "key-unavailable",
      "系统密钥库不可用（safeStorage 为 basic_text），终端不会以明文保存密钥。请安装并启用 gnome-keyring 或 KWallet 后重启。",
      `The OS secret store is not available (safeStorage backend "${backend}"); the kiosk will not keep its keys in clear text. Install and unlock gnome-keyring or KWallet, then restart.`,
    );
  }
}
