import { createHash, generateKeyPairSync, sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../central/protocol";
import { type TrustedKey, verifyBundle } from "./verify-bundle";

/** A fleet signing key made here with node:crypto, independent of the central service's code. */
function makeSigner() {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const der = publicKey.export({ type: "spki", format: "der" });
  const keyid = createHash("sha256").update(der).digest("hex").slice(0, 16);
  const trusted: TrustedKey = {
    keyid,
    publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
  };
  const bundle = (signed: Record<string, unknown>) => ({
    signed,
    signatures: [
      { keyid, sig: sign(null, Buffer.from(canonicalJson(signed)), privateKey).toString("base64") },
    ],
  });
  return { trusted, bundle };
}

const now = new Date("2026-11-27T08:00:00Z");
const signed = (overrides: Record<string, unknown> = {}) => ({
  version: 7,
  expires: "2026-12-27T08:00:00Z",
  kiosk: "kiosk-1",
  config: { kioskName: "五一广场站 1号机", site: "metro", idle: { warnSeconds: 90 } },
  ...overrides,
});

describe("verifyBundle", () => {
  const fleet = makeSigner();
  const context = { trustedKeys: [fleet.trusted], highestTrusted: 5, kioskId: "kiosk-1", now };

  it("accepts a bundle signed by a trusted key and fills config defaults", () => {
    const verdict = verifyBundle(fleet.bundle(signed()), context);
    expect(verdict.ok).toBe(true);
    if (verdict.ok) {
      expect(verdict.version).toBe(7);
      expect(verdict.config.site).toBe("metro");
      expect(verdict.config.idle.countdownSeconds).toBe(30);
    }
  });

  it("refuses a tampered bundle, an unknown key and a missing signature", () => {
    const good = fleet.bundle(signed());
    const tampered = { ...good, signed: { ...good.signed, kiosk: "kiosk-1 " } };
    expect(verifyBundle(tampered, context)).toMatchObject({ ok: false, reason: "untrusted-signature" });
    const stranger = makeSigner();
    expect(verifyBundle(stranger.bundle(signed()), context)).toMatchObject({
      ok: false,
      reason: "untrusted-signature",
    });
    expect(verifyBundle({ signed: signed(), signatures: [] }, context)).toMatchObject({
      ok: false,
      reason: "malformed",
    });
    expect(verifyBundle("{}", context)).toMatchObject({ ok: false, reason: "malformed" });
  });

  it("refuses a version lower than the highest accepted (rollback protection)", () => {
    expect(verifyBundle(fleet.bundle(signed({ version: 4 })), context)).toMatchObject({
      ok: false,
      reason: "rollback",
    });
    expect(verifyBundle(fleet.bundle(signed({ version: 5 })), context).ok).toBe(true);
  });

  it("treats an expired bundle as stale, and refuses one for another kiosk", () => {
    expect(verifyBundle(fleet.bundle(signed({ expires: "2026-11-27T07:59:59Z" })), context)).toMatchObject({
      ok: false,
      reason: "stale",
    });
    expect(verifyBundle(fleet.bundle(signed({ kiosk: "kiosk-2" })), context)).toMatchObject({
      ok: false,
      reason: "other-kiosk",
    });
  });

  it("refuses a config the schema rejects, such as a countdown below the 30 s floor", () => {
    const verdict = verifyBundle(
      fleet.bundle(signed({ config: { idle: { countdownSeconds: 10 } } })),
      context,
    );
    expect(verdict).toMatchObject({ ok: false, reason: "invalid-config" });
    if (!verdict.ok) expect(verdict.detail).toContain("countdownSeconds");
  });
});
