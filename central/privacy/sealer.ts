import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

/** Prefix of a sealed text: AES-256-GCM, layout version 1. Anything else in a sealed column is clear. */
export const SEALED_PREFIX = "gcm1:";
/** Prefix of a keyed hash: HMAC-SHA-256 under the data key, version 1. */
export const KEYED_HASH_PREFIX = "h1:";

const ivLength = 12;
const tagLength = 16;

/** A sealed value that will not open: wrong key, damaged, or moved to another row. */
export class SealError extends Error {
  constructor() {
    super("a sealed value cannot be opened (wrong data key, damaged, or moved to another row)");
    this.name = "SealError";
  }
}

/**
 * AES-256-GCM for residents' data in the central database, and keyed hashes for the few values
 * that must be compared without being readable (idempotency body hashes, grant subjects).
 *
 * Sealed text is `gcm1:` + base64([12-byte IV][16-byte tag][ciphertext]), so it fits the text
 * columns both engines share. The associated data names the row (e.g. kiosk id + submission id),
 * so a sealed value copied onto another row fails to open. The encryption and hashing keys are
 * derived from the one data key (HKDF), so neither use weakens the other.
 */
export class Sealer {
  readonly #encKey: Buffer;
  readonly #macKey: Buffer;
  /** A fingerprint of the data key (safe to store): tells a wrong key file from the right one. */
  readonly keyId: string;

  constructor(dataKey: Uint8Array) {
    if (dataKey.length !== 32) throw new RangeError(`the data key must be 32 bytes, got ${dataKey.length}`);
    const derive = (info: string) => Buffer.from(hkdfSync("sha256", dataKey, "", info, 32));
    this.#encKey = derive("e-fuzhou central seal v1");
    this.#macKey = derive("e-fuzhou central keyed hash v1");
    this.keyId = derive("e-fuzhou central key id v1").toString("hex").slice(0, 16);
  }

  seal(plain: string, associated: string): string {
    const iv = randomBytes(ivLength);
    const cipher = createCipheriv("aes-256-gcm", this.#encKey, iv);
    cipher.setAAD(Buffer.from(associated, "utf8"));
    const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
    return SEALED_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64");
  }

  open(sealed: string, associated: string): string {
    if (!isSealed(sealed)) throw new SealError();
    const bytes = Buffer.from(sealed.slice(SEALED_PREFIX.length), "base64");
    if (bytes.length < ivLength + tagLength) throw new SealError();
    const decipher = createDecipheriv("aes-256-gcm", this.#encKey, bytes.subarray(0, ivLength));
    decipher.setAAD(Buffer.from(associated, "utf8"));
    decipher.setAuthTag(bytes.subarray(ivLength, ivLength + tagLength));
    try {
      return Buffer.concat([
        decipher.update(bytes.subarray(ivLength + tagLength)),
        decipher.final(),
      ]).toString("utf8");
    } catch {
      throw new SealError();
    }
  }

  /** `h1:` + hex HMAC-SHA-256 of `text`: equal texts give equal hashes, and only the key holder can test a guess. */
  keyedHash(text: string): string {
    return KEYED_HASH_PREFIX + createHmac("sha256", this.#macKey).update(text, "utf8").digest("hex");
  }
}

export const isSealed = (text: string): boolean => text.startsWith(SEALED_PREFIX);
export const isKeyedHash = (text: string): boolean => text.startsWith(KEYED_HASH_PREFIX);

/** Associated data of one row's sealed column: what it is and which row it belongs to. */
export const rowAad = (column: string, kioskId: string, submissionId: string): string =>
  `${column}\u0000${kioskId}\u0000${submissionId}`;
