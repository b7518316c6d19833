import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { fileKeyProvider, sealedFileKeyProvider } from "./keys";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "kiosk-keys-"));
  dirs.push(dir);
  return dir;
}

describe("fileKeyProvider", () => {
  it("creates 32 random bytes in a 0600 file once and returns the same key afterwards", async () => {
    const path = join(tempDir(), "nested", "outbox.key");
    const first = await fileKeyProvider(path).loadKey();
    expect(first).toHaveLength(32);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const again = await fileKeyProvider(path).loadKey();
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });

  it("refuses a damaged key file with a technician's message", async () => {
    const path = join(tempDir(), "outbox.key");
    writeFileSync(path, "short");
    await expect(fileKeyProvider(path).loadKey()).rejects.toThrow(/not 32/);
  });
});

describe("sealedFileKeyProvider", () => {
  it("stores only the sealed form and unseals it on the next start", async () => {
    const path = join(tempDir(), "outbox.key");
    const xor = (bytes: Uint8Array) => Uint8Array.from(bytes, (b) => b ^ 0x5a);
    const sealer = { seal: xor, unseal: xor };
    const key = await sealedFileKeyProvider(path, sealer).loadKey();
    expect(Buffer.from(readFileSync(path)).equals(Buffer.from(key))).toBe(false);
    const again = await sealedFileKeyProvider(path, sealer).loadKey();
    expect(Buffer.from(again).equals(Buffer.from(key))).toBe(true);
  });
});
