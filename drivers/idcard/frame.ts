/**
 * GA/T 467 SAM frames (README, "Frames"): `AA AA AA 96 69`, a big-endian LEN that counts
 * every byte after itself (checksum included), the body, and an XOR checksum over LEN … body.
 *
 * Requests are always built from CMD/PARA here, never pasted as hex: published samples carry
 * wrong checksums.
 */

/** The five bytes that start every frame, in both directions. */
export const PREAMBLE: readonly number[] = [0xaa, 0xaa, 0xaa, 0x96, 0x69];
/** Bytes before the body: preamble + LEN. */
export const HEADER_SIZE = 7;
/** The largest LEN the decoder accepts; the largest legitimate reply is 0x090A. */
export const MAX_LEN = 4096;

/** XOR of `bytes[start]` … `bytes[end - 1]`. */
export function xorOf(bytes: Uint8Array, start: number, end: number): number {
  let x = 0;
  for (let i = start; i < end; i++) x ^= bytes[i] ?? 0;
  return x;
}

function checkByte(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > 0xff) {
    throw new RangeError(`${name} must be a byte (0…255), got ${value}`);
  }
}

/** Builds a frame around `body` (everything between LEN and CHK) and appends the checksum. */
export function encodeFrame(body: Uint8Array): Uint8Array {
  const len = body.length + 1;
  if (len > 0xffff) throw new RangeError(`frame body too long: ${body.length} bytes`);
  const frame = new Uint8Array(HEADER_SIZE + len);
  frame.set(PREAMBLE, 0);
  frame[5] = len >> 8;
  frame[6] = len & 0xff;
  frame.set(body, HEADER_SIZE);
  frame[frame.length - 1] = xorOf(frame, 5, frame.length - 1);
  return frame;
}

/** A host → SAM request frame: CMD, PARA and optional DATA (only `61 FF nn` carries data). */
export function encodeRequest(cmd: number, para: number, data: Uint8Array = new Uint8Array(0)): Uint8Array {
  checkByte("cmd", cmd);
  checkByte("para", para);
  const body = new Uint8Array(2 + data.length);
  body[0] = cmd;
  body[1] = para;
  body.set(data, 2);
  return encodeFrame(body);
}

/** One SAM reply: the three status bytes and the data after them. */
export interface SamReply {
  /** ISO 7816 status forwarded from the card; usually 0, never a reason to reject. */
  readonly sw1: number;
  /** ISO 7816 status forwarded from the card; usually 0. */
  readonly sw2: number;
  /** The status that matters (README, "Status byte SW3"). */
  readonly sw3: number;
  /** Bytes between SW3 and CHK. */
  readonly data: Uint8Array;
}

/** A SAM → host reply frame (used by the simulator and by tests). */
export function encodeReply(reply: {
  sw3: number;
  data?: Uint8Array;
  sw1?: number;
  sw2?: number;
}): Uint8Array {
  const sw1 = reply.sw1 ?? 0;
  const sw2 = reply.sw2 ?? 0;
  checkByte("sw1", sw1);
  checkByte("sw2", sw2);
  checkByte("sw3", reply.sw3);
  const data = reply.data ?? new Uint8Array(0);
  const body = new Uint8Array(3 + data.length);
  body[0] = sw1;
  body[1] = sw2;
  body[2] = reply.sw3;
  body.set(data, 3);
  return encodeFrame(body);
}

/** Reads a decoded frame body as a reply; null when it is too short to hold SW1 SW2 SW3. */
export function replyFromBody(body: Uint8Array): SamReply | null {
  const [sw1, sw2, sw3] = body;
  if (sw1 === undefined || sw2 === undefined || sw3 === undefined) return null;
  return { sw1, sw2, sw3, data: body.subarray(3) };
}

/** A host request as the simulator sees it. */
export interface SamRequest {
  readonly cmd: number;
  readonly para: number;
  readonly data: Uint8Array;
}

/** Reads a decoded frame body as a request; null when it lacks CMD or PARA. */
export function requestFromBody(body: Uint8Array): SamRequest | null {
  const [cmd, para] = body;
  if (cmd === undefined || para === undefined) return null;
  return { cmd, para, data: body.subarray(2) };
}

/** Hex dump for tests and byte-level diagnostics (never for frames that carry card data). */
export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).toUpperCase().padStart(2, "0")).join(" ");
}

/** Parses "AA AA 96" style hex (whitespace ignored); throws on anything else. */
export function fromHex(hex: string): Uint8Array {
  const clean = hex.replace(/\s+/g, "");
  if (!/^([0-9a-fA-F]{2})*$/.test(clean)) throw new Error(`not hex: ${hex.slice(0, 40)}`);
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(clean.slice(i * 2, i * 2 + 2), 16);
  return out;
}
