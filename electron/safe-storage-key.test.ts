import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { StoreError } from "../core/store/errors";
import { tempDir } from "../test/support/runtime";
import { safeStorageKeyProvider } from "./safe-storage-key";

/** A stand-in for the OS secret store: reversible, and visibly not plain text. */
const fakeSafeStorage = {
  encryptStringAsync: (text: string) =>
    Promise.resolve(Buffer.from(`sealed:${Buffer.from(text).toString("hex")}`)),
  decryptStringAsync: (data: Buffer) =>
    Promise.resolve({
      shouldReEncrypt: false,
      result: Buffer.from(data.toString().replace(/^sealed:/, ""), "hex").toString(),
    }),
};

describe("safeStorage key provider", () => {
  it("creates a 32-byte key once, stores it sealed, and reads the same key back", async () => {
    const dir = tempDir();
    const first = await safeStorageKeyProvider(fakeSafeStorage, dir).loadKey();
    const again = await safeStorageKeyProvider(fakeSafeStorage, dir).loadKey();
    expect(first).toHaveLength(32);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    const onDisk = readFileSync(join(dir, "outbox.key.sealed"));
    expect(onDisk.toString().startsWith("sealed:")).toBe(true);
    expect(onDisk.includes(Buffer.from(first))).toBe(false);
  });

  it("refuses the basic_text backend: no key is written, and the reason is plain", async () => {
    const dir = tempDir();
    const weak = { ...fakeSafeStorage, getSelectedStorageBackend: () => "basic_text" as const };
    const refused = await safeStorageKeyProvider(weak, dir)
      .loadKey()
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(refused).toBeInstanceOf(StoreError);
    if (!(refused instanceof StoreError)) return;
    expect(refused.code).toBe("key-unavailable");
    expect(refused.messageZh).toMatch(/不会以明文保存密钥/);
    expect(refused.message).toMatch(/basic_text.*clear text/);
    expect(existsSync(join(dir, "outbox.key.sealed"))).toBe(false);
    const keyring = { ...fakeSafeStorage, getSelectedStorageBackend: () => "gnome_libsecret" as const };
    await expect(safeStorageKeyProvider(keyring, dir).loadKey()).resolves.toHaveLength(32);
  });
});
