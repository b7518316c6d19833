import { inspect } from "node:util";
import { CardDataError } from "./errors";

/** Size of the WLT photo of a base read. */
export const WLT_SIZE = 1024;

/**
 * The card photo as the reader delivers it: 1 024 bytes of proprietary WLT, kept in memory for
 * one resident's session only. Nothing here decodes it.
 *
 * Why a class rather than a Uint8Array: it cannot leak by accident. JSON, util.inspect and
 * String() show only metadata, and `wipe()` zeroes the bytes when the session ends.
 */
export class WltPhoto {
  readonly #bytes: Uint8Array;
  #wiped = false;

  /** Copies the bytes; throws CardDataError("photo") when the size or the header is wrong. */
  constructor(bytes: Uint8Array) {
    if (!looksLikeWlt(bytes)) throw new CardDataError("photo");
    this.#bytes = bytes.slice();
  }

  /** The raw WLT bytes (the live buffer: wiping zeroes it for every holder). Empty once wiped. */
  get bytes(): Uint8Array {
    return this.#wiped ? new Uint8Array(0) : this.#bytes;
  }

  get wiped(): boolean {
    return this.#wiped;
  }

  /** Zeroes the bytes; idempotent. */
  wipe(): void {
    this.#bytes.fill(0);
    this.#wiped = true;
  }

  toJSON(): { format: "wlt"; bytes: number } {
    return { format: "wlt", bytes: WLT_SIZE };
  }

  toString(): string {
    return "[WLT photo, 1024 bytes]";
  }

  [inspect.custom](): string {
    return this.toString();
  }
}

/**
 * A cheap sanity check: 1 024 bytes starting "WLf\0" then width 102 and height 126 as
 * LE u16 (bytes 2–5). The rest of the published 11-byte header is not checked: its meaning is
 * unknown and a real card may differ there.
 */
export function looksLikeWlt(bytes: Uint8Array): boolean {
  if (bytes.length !== WLT_SIZE) return false;
  const width = (bytes[2] ?? 0) | ((bytes[3] ?? 0) << 8);
  const height = (bytes[4] ?? 0) | ((bytes[5] ?? 0) << 8);
  return bytes[0] === 0x57 && bytes[1] === 0x4c && width === 102 && height === 126;
}
