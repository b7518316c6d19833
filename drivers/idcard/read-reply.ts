import { SamProtocolError } from "./errors";
import { TEXT_BLOCK_SIZE } from "./text-fields";
import { WLT_SIZE, WltPhoto } from "./wlt";

/** What a base read (30 01 or 30 10) yields; fingerprint bytes are dropped at once. */
export interface BaseRead {
  /** The 256-byte text block. */
  readonly text: Uint8Array;
  /** The WLT photo, in memory only. */
  readonly photo: WltPhoto;
  /** How many fingerprint bytes the reply carried (0, 512 or 1 024); the bytes themselves are gone. */
  readonly fingerprintBytes: number;
}

const u16be = (data: Uint8Array, at: number): number => ((data[at] ?? 0) << 8) | (data[at + 1] ?? 0);

/**
 * Parses the data of a successful read reply using its own length fields, never fixed sizes
 * (readers that also send fingerprints answer with longer replies): `30 01` has two BE lengths
 * (text, photo), `30 10` three (…, fingerprint).
 */
export function parseReadData(command: string, data: Uint8Array, withFingerprint: boolean): BaseRead {
  const header = withFingerprint ? 6 : 4;
  if (data.length < header)
    throw new SamProtocolError(command, `reply data too short (${data.length} bytes)`);
  const textLen = u16be(data, 0);
  const photoLen = u16be(data, 2);
  const fpLen = withFingerprint ? u16be(data, 4) : 0;
  if (header + textLen + photoLen + fpLen !== data.length) {
    throw new SamProtocolError(command, `length fields do not add up to ${data.length} bytes`);
  }
  if (textLen !== TEXT_BLOCK_SIZE || photoLen !== WLT_SIZE) {
    throw new SamProtocolError(command, `text ${textLen} / photo ${photoLen} bytes, expected 256 / 1024`);
  }
  if (![0, 512, 1024].includes(fpLen)) {
    throw new SamProtocolError(command, `fingerprint length ${fpLen}, expected 0, 512 or 1024`);
  }
  const text = data.slice(header, header + textLen);
  const photo = new WltPhoto(data.subarray(header + textLen, header + textLen + photoLen));
  return { text, photo, fingerprintBytes: fpLen };
}

/** Splits the data of a `30 03` reply into k ≤ 4 addresses of 70 bytes each. */
export function splitAddresses(command: string, data: Uint8Array): Uint8Array[] {
  if (data.length === 0 || data.length % 70 !== 0 || data.length > 280) {
    throw new SamProtocolError(command, `address data of ${data.length} bytes is not k × 70 (k ≤ 4)`);
  }
  const out: Uint8Array[] = [];
  for (let at = 0; at < data.length; at += 70) out.push(data.slice(at, at + 70));
  return out;
}
