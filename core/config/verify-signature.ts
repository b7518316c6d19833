import { createPublicKey, verify } from "node:crypto";
import { canonicalJson, type Signature } from "../../central/protocol";

/** A public key the kiosk trusts for config bundles and the catalog (PEM, SPKI), with its key id. */
export interface TrustedKey {
  keyid: string;
  publicKeyPem: string;
}

/**
 * True when at least one signature is a valid Ed25519 signature, by a key this kiosk trusts, over
 * the canonical JSON of `value`. A signature by an unknown key, or one that fails to parse,
 * simply does not count.
 */
export function signedByTrustedKey(
  value: unknown,
  signatures: readonly Signature[],
  trustedKeys: readonly TrustedKey[],
): boolean {
  const message = Buffer.from(canonicalJson(value), "utf8");
  return signatures.some((s) => {
    const key = trustedKeys.find((k) => k.keyid === s.keyid);
    if (!key) return false;
    try {
      return verify(null, message, createPublicKey(key.publicKeyPem), Buffer.from(s.sig, "base64"));
    } catch {
      return false;
    }
  });
}
