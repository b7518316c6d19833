import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

/** Hex SHA-256: how tokens and enrollment codes are stored (a stolen database yields no token). */
export const sha256Hex = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

/** A new kiosk bearer token: 32 random bytes, base64url. */
export const newToken = (): string => randomBytes(32).toString("base64url");

// No 0/O, 1/I/L: technicians type these codes on a kiosk's touch keyboard.
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** A new enrollment code like "K7QM-2XPA-93RT" (about 64 bits). */
export function newEnrollmentCode(): string {
  const chars = Array.from({ length: 12 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)] ?? "A");
  return `${chars.slice(0, 4).join("")}-${chars.slice(4, 8).join("")}-${chars.slice(8).join("")}`;
}

/** Upper-cases and drops spaces so "k7qm 2xpa 93rt" and "K7QM-2XPA-93RT" are the same code. */
export const normalizeEnrollmentCode = (code: string): string =>
  code
    .toUpperCase()
    .replace(/[\s]/g, "")
    .replace(/^(\w{4})-?(\w{4})-?(\w{4})$/, "$1-$2-$3");

/** Constant-time comparison of two secrets of any length. */
export function secretsEqual(a: string, b: string): boolean {
  const ha = createHash("sha256").update(a).digest();
  const hb = createHash("sha256").update(b).digest();
  return timingSafeEqual(ha, hb);
}

/** Six digits the resident shows to collect an approved result. */
export const newClaimCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, "0");
