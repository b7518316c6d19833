import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Sealer } from "./seal";

describe("Sealer", () => {
  const sealer = new Sealer(randomBytes(32));

  it("round-trips any text and never shows it in the sealed bytes", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 8 }), fc.uuid(), (text, id) => {
        const sealed = sealer.seal(text, id);
        expect(sealed.includes(Buffer.from(text, "utf8"))).toBe(false);
        expect(sealer.open(sealed, id)).toBe(text);
      }),
    );
  });

  it("refuses a payload moved to another row, tampered with, or opened with another key", () => {
    const sealed = sealer.seal('{"name":"测试居民"}', "row-1");
    expect(() => sealer.open(sealed, "row-2")).toThrow(/cannot be decrypted/);
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 1;
    expect(() => sealer.open(tampered, "row-1")).toThrow(/cannot be decrypted/);
    expect(() => new Sealer(randomBytes(32)).open(sealed, "row-1")).toThrow(/cannot be decrypted/);
  });

  it("uses a fresh IV each time", () => {
    expect(sealer.seal("same", "id").equals(sealer.seal("same", "id"))).toBe(false);
  });
});
