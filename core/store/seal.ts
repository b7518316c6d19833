import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { StoreError } from "./errors";

const formatVersion = 1;
const ivLength = 12;
const tagLength = 16;

/**
 * AES-256-GCM for personal data at rest.
 *
 * Layout: [format version][12-byte IV][16-byte tag][ciphertext]. The associated data binds a
 * payload to its row (outbox id), so a sealed payload copied onto another row fails to open.
 */
export class Sealer {
  readonly #key: Uint8Array;

  constructor(key: Uint8Array) {
    if (key.length !== 32) throw new RangeError(`AES-256 key must be 32 bytes, got ${key.length}`);
    this.#key = key;
  }

  seal(plain: string, associated: string): Buffer {
    const iv = randomBytes(ivLength);
    const cipher = createCipheriv("aes-256-gcm", this.#key, iv);
    cipher.setAAD(Buffer.from(associated, "utf8"));
    const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
    return Buffer.concat([Buffer.from([formatVersion]), iv, cipher.getAuthTag(), body]);
  }

  open(sealed: Uint8Array, associated: string): string {
    const bytes = Buffer.from(sealed);
    if (bytes.length < 1 + ivLength + tagLength || bytes[0] !== formatVersion) throw unreadable();
    const iv = bytes.subarray(1, 1 + ivLength);
    const tag = bytes.subarray(1 + ivLength, 1 + ivLength + tagLength);
    const decipher = createDecipheriv("aes-256-gcm", this.#key, iv);
    decipher.setAAD(Buffer.from(associated, "utf8"));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([
        decipher.update(bytes.subarray(1 + ivLength + tagLength)),
        decipher.final(),
      ]).toString("utf8");
    } catch {
      throw unreadable();
    }
  }
}

function unreadable(): StoreError {
  return new StoreError(
    "payload-unreadable",
    "一条待发送的申请无法解密（密钥不符或数据损坏）。",
    "A queued payload cannot be decrypted (wrong key or damaged data).",
  );
}
