import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataKeyError, loadDataKey, parseDataKey } from "./data-key";
import { isSealed, rowAad, SealError, Sealer } from "./sealer";

let dir = "";
afterEach(() => {
  if (dir !== "") rmSync(dir, { recursive: true, force: true });
  dir = "";
});

describe("Sealer", () => {
  const sealer = new Sealer(randomBytes(32));

  it("seals to text that holds nothing of the plain text and opens it again", () => {
    const plain = JSON.stringify({ name: "测试居民", idNumber: "350102199003071234" });
    const sealed = sealer.seal(plain, rowAad("data", "k1", "s1"));
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain("350102");
    expect(Buffer.from(sealed.slice(5), "base64").includes(Buffer.from("测试居民"))).toBe(false);
    expect(sealer.open(sealed, rowAad("data", "k1", "s1"))).toBe(plain);
    expect(sealer.seal(plain, "a")).not.toBe(sealer.seal(plain, "a"));
  });

  it("refuses a value moved to another row or column, tampered with, or under another key", () => {
    const sealed = sealer.seal("secret", rowAad("data", "k1", "s1"));
    expect(() => sealer.open(sealed, rowAad("data", "k1", "s2"))).toThrow(SealError);
    expect(() => sealer.open(sealed, rowAad("data", "k2", "s1"))).toThrow(SealError);
    expect(() => sealer.open(sealed, rowAad("reply", "k1", "s1"))).toThrow(SealError);
    const bytes = Buffer.from(sealed.slice(5), "base64");
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    expect(() => sealer.open(`gcm1:${bytes.toString("base64")}`, rowAad("data", "k1", "s1"))).toThrow(
      SealError,
    );
    expect(() => new Sealer(randomBytes(32)).open(sealed, rowAad("data", "k1", "s1"))).toThrow(SealError);
    expect(() => sealer.open('{"clear":true}', "x")).toThrow(SealError);
  });

  it("hashes with the key: equal for equal text, different under another key, and no plain SHA-256", () => {
    const other = new Sealer(randomBytes(32));
    expect(sealer.keyedHash("Q350100001")).toBe(sealer.keyedHash("Q350100001"));
    expect(sealer.keyedHash("Q350100001")).not.toBe(other.keyedHash("Q350100001"));
    expect(sealer.keyedHash("Q350100001")).toMatch(/^h1:[0-9a-f]{64}$/);
    expect(sealer.keyId).not.toBe(other.keyId);
  });
});

describe("the data key", () => {
  it("is made once in the data folder on SQLite (0600) and read back the same", () => {
    dir = mkdtempSync(join(tmpdir(), "data-key-"));
    const a = loadDataKey({ kind: "sqlite", dataDir: dir, keyFile: undefined });
    const b = loadDataKey({ kind: "sqlite", dataDir: dir, keyFile: undefined });
    expect(a).toHaveLength(32);
    expect(b.equals(a)).toBe(true);
  });

  it("is required on PostgreSQL, and a named key file must exist and hold 32 bytes", () => {
    dir = mkdtempSync(join(tmpdir(), "data-key-"));
    expect(() => loadDataKey({ kind: "postgres", dataDir: dir, keyFile: undefined })).toThrow(
      /CENTRAL_DATA_KEY_FILE/,
    );
    expect(() => loadDataKey({ kind: "sqlite", dataDir: dir, keyFile: join(dir, "missing") })).toThrow(
      DataKeyError,
    );
    const short = join(dir, "short.key");
    writeFileSync(short, randomBytes(16).toString("base64"));
    expect(() => loadDataKey({ kind: "postgres", dataDir: dir, keyFile: short })).toThrow(/32 random bytes/);
    const hex = randomBytes(32).toString("hex");
    expect(parseDataKey(`${hex}\n`, "k").toString("hex")).toBe(hex);
  });
});
