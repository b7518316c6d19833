import { createPublicKey, verify } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { canonicalJson } from "../protocol";
import { keyIdOf, loadOrCreateSigner } from "./signing-key";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("config signing key", () => {
  it("is generated once (0600) and reused on the next start", () => {
    dir = mkdtempSync(join(tmpdir(), "central-key-"));
    const first = loadOrCreateSigner(dir);
    const second = loadOrCreateSigner(dir);
    expect(second.keyid).toBe(first.keyid);
    expect(statSync(join(dir, "config-signing-key.pem")).mode & 0o777).toBe(0o600);
    expect(first.keyid).toBe(keyIdOf(createPublicKey(first.publicKeyPem)));
  });

  it("signs the canonical JSON, so key order does not matter to the verifier", () => {
    dir = mkdtempSync(join(tmpdir(), "central-key-"));
    const signer = loadOrCreateSigner(dir);
    const bundle = signer.sign({
      version: 3,
      expires: "2030-01-01T00:00:00.000Z",
      kiosk: "k",
      config: { b: 1, a: 2 },
    });
    const reordered = { kiosk: "k", config: { a: 2, b: 1 }, expires: "2030-01-01T00:00:00.000Z", version: 3 };
    const sig = Buffer.from(bundle.signatures[0]?.sig ?? "", "base64");
    expect(
      verify(null, Buffer.from(canonicalJson(reordered)), createPublicKey(signer.publicKeyPem), sig),
    ).toBe(true);
  });
});
