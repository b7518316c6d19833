import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
} from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { canonicalJson, type Signature, type SignedConfig, type SignedConfigBundle } from "../protocol";

/** The Ed25519 key that signs config bundles and the catalog. */
export interface ConfigSigner {
  readonly keyid: string;
  readonly publicKeyPem: string;
  sign(signed: SignedConfig): SignedConfigBundle;
  /** A detached signature over `canonicalJson(value)` (the catalog's). */
  signValue(value: unknown): Signature;
}

const KEY_FILE = "config-signing-key.pem";

/** Where the signing key lives in the central's data folder (central/data-dir.ts). */
export const signingKeyFile = (dataDir: string): string => join(dataDir, KEY_FILE);

/** First 16 hex digits of the SHA-256 of the public key's SPKI DER (the protocol's keyid). */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash("sha256")
    .update(publicKey.export({ type: "spki", format: "der" }))
    .digest("hex")
    .slice(0, 16);
}

/**
 * Loads the signing key from `dataDir`, generating it on first start.
 *
 * Why `wx` and re-read: several central processes may start at once on a shared folder; only one
 * may create the key and all must then use that same key.
 */
export function loadOrCreateSigner(dataDir: string): ConfigSigner {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, KEY_FILE);
  let pem: string;
  try {
    pem = readFileSync(path, "utf8");
  } catch {
    const { privateKey } = generateKeyPairSync("ed25519");
    const fresh = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    try {
      writeFileSync(path, fresh, { flag: "wx", mode: 0o600 });
    } catch {
      // Another process won the race: use its key.
    }
    pem = readFileSync(path, "utf8");
  }
  return signerFromPem(pem);
}

/**
 * The signer already in `dataDir`, or undefined when there is none yet. Never creates one: a tool
 * pointed at the wrong folder must say so rather than mint a key the service does not use.
 */
export function readSigner(dataDir: string): ConfigSigner | undefined {
  let pem: string;
  try {
    pem = readFileSync(signingKeyFile(dataDir), "utf8");
  } catch {
    return undefined;
  }
  return signerFromPem(pem);
}

export function signerFromPem(pem: string): ConfigSigner {
  const privateKey = createPrivateKey(pem);
  const publicKey = createPublicKey(privateKey);
  const keyid = keyIdOf(publicKey);
  const signValue = (value: unknown): Signature => ({
    keyid,
    sig: sign(null, Buffer.from(canonicalJson(value), "utf8"), privateKey).toString("base64"),
  });
  return {
    keyid,
    publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
    signValue,
    sign(signed) {
      return { signed, signatures: [signValue(signed)] };
    },
  };
}
