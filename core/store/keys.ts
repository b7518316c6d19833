import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { StoreError } from "./errors";

/**
 * Where the outbox's data key comes from.
 *
 * The web shell keeps it in a 0600 file in the data folder; the Electron shell wraps the same
 * file with `safeStorage` through `sealedFileKeyProvider`. Either way the store only sees 32 bytes.
 */
export interface KeyProvider {
  /** Returns the 32-byte AES-256 key, creating it on first use. */
  loadKey(): Promise<Uint8Array>;
}

const keyLength = 32;

/** A key in a 0600 file, created with 32 random bytes the first time. */
export function fileKeyProvider(path: string): KeyProvider {
  return sealedFileKeyProvider(path, { seal: (key) => key, unseal: (stored) => stored });
}

/** How a shell protects the key file's bytes (Electron: `safeStorage.encryptString` and back). */
export interface KeySealer {
  /** Turns the raw key into the bytes written to the file. */
  seal(key: Uint8Array): Uint8Array | Promise<Uint8Array>;
  /** Turns the file's bytes back into the raw key. */
  unseal(stored: Uint8Array): Uint8Array | Promise<Uint8Array>;
}

/** A key file whose content is wrapped by the shell's own secret store. */
export function sealedFileKeyProvider(path: string, sealer: KeySealer): KeyProvider {
  return {
    async loadKey() {
      const stored = readIfExists(path);
      if (stored === null) {
        const key = randomBytes(keyLength);
        writeSecretFile(path, await sealer.seal(key));
        return key;
      }
      const key = await sealer.unseal(stored);
      if (key.length !== keyLength) {
        throw new StoreError(
          "key-unavailable",
          "本机数据密钥文件已损坏，待发送的申请无法解密，请联系技术支持。",
          `The data key in ${path} is ${key.length} bytes, not ${keyLength}: queued submissions cannot be decrypted.`,
        );
      }
      return key;
    },
  };
}

function readIfExists(path: string): Uint8Array | null {
  try {
    return readFileSync(path);
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return null;
    throw error;
  }
}

// Written to a temporary name and renamed, so a crash never leaves a half-written key (which
// would make every queued submission unreadable).
function writeSecretFile(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.tmp-${process.pid}`;
  writeFileSync(temp, bytes, { mode: 0o600, flag: "w" });
  chmodSync(temp, 0o600);
  renameSync(temp, path);
}
