/**
 * Byte builders for the ESC/POS subset the kiosk speaks (README, "Protocol notes").
 *
 * One function per command, each returning exactly the bytes in the reference table, so the
 * golden tests can pin every command and the encoder stays a thin composition of these.
 */

export const ESC = 0x1b;
export const GS = 0x1d;
export const FS = 0x1c;
export const DLE = 0x10;
export const EOT = 0x04;
export const ENQ = 0x05;
export const DC4 = 0x14;
export const LF = 0x0a;

export type Align = "left" | "center" | "right";
export type QrErrorCorrection = "L" | "M" | "Q" | "H";

const alignCode: Record<Align, number> = { left: 0, center: 1, right: 2 };
const eccCode: Record<QrErrorCorrection, number> = { L: 0x30, M: 0x31, Q: 0x32, H: 0x33 };

/** A range check that names the command and the parameter, so a bad layout fails readably. */
export class EscPosParameterError extends RangeError {
  constructor(command: string, detail: string) {
    super(`ESC/POS ${command}: ${detail}`);
    this.name = "EscPosParameterError";
  }
}

function checkInt(command: string, name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new EscPosParameterError(command, `${name} must be an integer ${min}–${max}, got ${value}`);
  }
  return value;
}

/** ESC @: clears the buffer and resets modes. */
export const initialize = (): Uint8Array => Uint8Array.of(ESC, 0x40);
/** FS &: Chinese character mode on (ESC @ may have cleared it on some firmware). */
export const chineseModeOn = (): Uint8Array => Uint8Array.of(FS, 0x26);
/** LF: print the buffer and feed one line. */
export const lineFeed = (): Uint8Array => Uint8Array.of(LF);
/** ESC a n: alignment for the following line(s), barcodes, QR codes and raster images. */
export const align = (value: Align): Uint8Array => Uint8Array.of(ESC, 0x61, alignCode[value]);
/** ESC E n: emphasis. */
export const bold = (on: boolean): Uint8Array => Uint8Array.of(ESC, 0x45, on ? 1 : 0);

/** GS ! n: character size, width and height multipliers 1–8 each. */
export function characterSize(width: number, height: number): Uint8Array {
  checkInt("GS !", "width", width, 1, 8);
  checkInt("GS !", "height", height, 1, 8);
  return Uint8Array.of(GS, 0x21, ((width - 1) << 4) | (height - 1));
}

/** ESC M n: font A (12 × 24) or B. */
export const font = (which: "A" | "B"): Uint8Array => Uint8Array.of(ESC, 0x4d, which === "A" ? 0 : 1);
/** ESC 2: default line spacing. */
export const defaultLineSpacing = (): Uint8Array => Uint8Array.of(ESC, 0x32);
/** ESC 3 n: line spacing in motion units. */
export const lineSpacing = (units: number): Uint8Array =>
  Uint8Array.of(ESC, 0x33, checkInt("ESC 3", "n", units, 0, 255));
/** ESC d n: print and feed n lines. */
export const feedLines = (lines: number): Uint8Array =>
  Uint8Array.of(ESC, 0x64, checkInt("ESC d", "n", lines, 0, 255));
/** ESC J n: print and feed n motion units. */
export const feedDots = (dots: number): Uint8Array =>
  Uint8Array.of(ESC, 0x4a, checkInt("ESC J", "n", dots, 0, 255));

// ── QR: GS ( k, cn = 49 ────────────────────────────────────────────────────

function gsParenK(fn: number, params: Uint8Array): Uint8Array {
  const length = params.length + 2; // cn + fn
  const out = new Uint8Array(5 + length);
  out.set([GS, 0x28, 0x6b, length & 0xff, length >> 8, 0x31, fn]);
  out.set(params, 7);
  return out;
}

/** Function 165: model 1 or 2. */
export const qrModel = (model: 1 | 2): Uint8Array =>
  gsParenK(0x41, Uint8Array.of(model === 1 ? 0x31 : 0x32, 0));
/** Function 167: module size in dots, 1–16. */
export const qrModuleSize = (dots: number): Uint8Array =>
  gsParenK(0x43, Uint8Array.of(checkInt("GS ( k fn 167", "module size", dots, 1, 16)));
/** Function 169: error correction level. */
export const qrErrorCorrection = (level: QrErrorCorrection): Uint8Array =>
  gsParenK(0x45, Uint8Array.of(eccCode[level]));

/** Function 180: store the payload; the length is counted in bytes of the encoded payload, never characters. */
export function qrStore(payload: Uint8Array): Uint8Array {
  if (payload.length < 1 || payload.length + 3 > 7092) {
    throw new EscPosParameterError("GS ( k fn 180", `payload must be 1–7089 bytes, got ${payload.length}`);
  }
  const params = new Uint8Array(1 + payload.length);
  params[0] = 0x30;
  params.set(payload, 1);
  return gsParenK(0x50, params);
}

/** Function 181: print the stored symbol. */
export const qrPrint = (): Uint8Array => gsParenK(0x51, Uint8Array.of(0x30));

// ── barcodes: GS k ─────────────────────────────────────────────────────────

/** GS h n: barcode height in dots. */
export const barcodeHeight = (dots: number): Uint8Array =>
  Uint8Array.of(GS, 0x68, checkInt("GS h", "n", dots, 1, 255));
/** GS w n: module width 2–6. */
export const barcodeModuleWidth = (n: number): Uint8Array =>
  Uint8Array.of(GS, 0x77, checkInt("GS w", "n", n, 2, 6));
/** GS H n: human-readable text position. */
export const barcodeHri = (position: "none" | "above" | "below" | "both"): Uint8Array =>
  Uint8Array.of(GS, 0x48, { none: 0, above: 1, below: 2, both: 3 }[position]);

/** GS k 73 n d…: CODE128, format B; `data` already holds its code-set selectors ({A {B {C). */
export function code128(data: Uint8Array): Uint8Array {
  checkInt("GS k 73", "data length", data.length, 2, 255);
  const out = new Uint8Array(4 + data.length);
  out.set([GS, 0x6b, 73, data.length]);
  out.set(data, 4);
  return out;
}

// ── raster image: GS v 0 ───────────────────────────────────────────────────

/** GS v 0 m: `bytesPerRow` × `rows` of MSB-first dots, 1 = black. */
export function rasterImage(bytesPerRow: number, rows: number, data: Uint8Array): Uint8Array {
  checkInt("GS v 0", "bytes per row", bytesPerRow, 1, 255);
  checkInt("GS v 0", "rows", rows, 1, 2303);
  if (data.length !== bytesPerRow * rows) {
    throw new EscPosParameterError("GS v 0", `expected ${bytesPerRow * rows} data bytes, got ${data.length}`);
  }
  const out = new Uint8Array(8 + data.length);
  out.set([GS, 0x76, 0x30, 0, bytesPerRow & 0xff, bytesPerRow >> 8, rows & 0xff, rows >> 8]);
  out.set(data, 8);
  return out;
}

// ── cut and completion ─────────────────────────────────────────────────────

/** GS V 65/66 n: feed to the cutter plus n units, then cut; never a cut without feed. */
export const feedAndCut = (kind: "full" | "partial", extraUnits = 0): Uint8Array =>
  Uint8Array.of(GS, 0x56, kind === "full" ? 0x41 : 0x42, checkInt("GS V", "n", extraUnits, 0, 255));

/** GS r 1: paper sensor status, answered in order with print data: the completion marker. */
export const transmitPaperStatus = (): Uint8Array => Uint8Array.of(GS, 0x72, 0x01);

/** GS ( H fn 48: process ID response; `id` is 4 characters in 0x20–0x7E. */
export function processIdRequest(id: string): Uint8Array {
  if (!/^[\x20-\x7e]{4}$/.test(id))
    throw new EscPosParameterError("GS ( H", `id must be 4 printable ASCII characters`);
  const out = Uint8Array.of(GS, 0x28, 0x48, 0x06, 0x00, 0x30, 0x30, 0, 0, 0, 0);
  for (let i = 0; i < 4; i++) out[7 + i] = id.charCodeAt(i);
  return out;
}

// ── real-time status and recovery ──────────────────────────────────────────

/** DLE EOT n: real-time status, n = 1 printer, 2 offline cause, 3 error cause, 4 paper. */
export const realTimeStatus = (n: 1 | 2 | 3 | 4): Uint8Array => Uint8Array.of(DLE, EOT, n);
/** DLE ENQ n: 1 = recover and restart from the failed line, 2 = recover after clearing buffers. */
export const realTimeRecover = (n: 1 | 2): Uint8Array => Uint8Array.of(DLE, ENQ, n);
/** DLE DC4 fn 8: clear the receive and print buffers. */
export const clearBuffers = (): Uint8Array =>
  Uint8Array.of(DLE, DC4, 0x08, 0x01, 0x03, 0x14, 0x01, 0x06, 0x02, 0x08);
/** GS a n: automatic status back; 0x0F enables drawer, online, error and paper reports, 0 disables. */
export const automaticStatusBack = (mask: number): Uint8Array =>
  Uint8Array.of(GS, 0x61, checkInt("GS a", "n", mask, 0, 255));

/** Joins command byte arrays into one buffer. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
