/**
 * Splits the byte stream a printer receives into whole ESC/POS commands (the subset of
 * drivers/printer/commands.ts), the way the printer's firmware does: incrementally, since a
 * command may arrive across several reads.
 */
export type WireCommand =
  | { kind: "text"; bytes: Uint8Array }
  | { kind: "line-feed" }
  | { kind: "initialize" }
  | { kind: "chinese-mode"; on: boolean }
  | { kind: "align"; value: "left" | "center" | "right" }
  | { kind: "bold"; on: boolean }
  | { kind: "size"; width: number; height: number }
  | { kind: "feed-lines"; lines: number }
  | { kind: "feed-dots"; dots: number }
  | { kind: "line-spacing"; dots: number | null }
  | { kind: "qr-setting"; fn: number; value: number }
  | { kind: "qr-store"; payload: Uint8Array }
  | { kind: "qr-print" }
  | { kind: "barcode-setting"; command: "height" | "width" | "hri" | "hri-font"; value: number }
  | { kind: "barcode"; symbology: number; data: Uint8Array }
  | { kind: "raster"; bytesPerRow: number; rows: number; data: Uint8Array }
  | { kind: "cut"; full: boolean; feed: boolean }
  | { kind: "paper-status-request" }
  | { kind: "process-id-request"; id: string }
  | { kind: "asb"; mask: number }
  | { kind: "rt-status"; n: number }
  | { kind: "rt-recover"; n: number }
  | { kind: "rt-clear-buffers" }
  | { kind: "padding" }
  | { kind: "unknown"; bytes: Uint8Array };

/** Real-time commands are acted on as they arrive, before anything waiting in the print buffer. */
export const isRealTime = (c: WireCommand): boolean =>
  c.kind === "rt-status" || c.kind === "rt-recover" || c.kind === "rt-clear-buffers";

type Parsed = { command: WireCommand; length: number } | null;

export class WireDecoder {
  #buffer = new Uint8Array(0);

  push(bytes: Uint8Array): WireCommand[] {
    return this.pushSized(bytes).map((entry) => entry.command);
  }

  /** Like push, with each command's size on the wire (what it occupies in a receive buffer). */
  pushSized(bytes: Uint8Array): { command: WireCommand; length: number }[] {
    const joined = new Uint8Array(this.#buffer.length + bytes.length);
    joined.set(this.#buffer);
    joined.set(bytes, this.#buffer.length);
    const out: { command: WireCommand; length: number }[] = [];
    let offset = 0;
    for (;;) {
      const parsed = parseAt(joined, offset);
      if (parsed === null) break;
      out.push(parsed);
      offset += parsed.length;
    }
    this.#buffer = joined.slice(offset);
    return out;
  }
}

function parseAt(buf: Uint8Array, at: number): Parsed {
  const b0 = buf[at];
  if (b0 === undefined) return null;
  const need = (n: number): boolean => buf.length - at >= n;
  const byte = (i: number): number => buf[at + i] ?? 0;
  const fixed = (length: number, command: WireCommand): Parsed => (need(length) ? { command, length } : null);
  const unknown = (length: number): Parsed =>
    fixed(length, { kind: "unknown", bytes: buf.slice(at, at + length) });

  if (b0 === 0x0a) return { command: { kind: "line-feed" }, length: 1 };
  // NUL between commands does nothing; hosts send runs of it to complete an interrupted command.
  if (b0 === 0x00) return { command: { kind: "padding" }, length: 1 };
  if (b0 >= 0x20 && b0 !== 0x7f) {
    let end = at;
    while (end < buf.length && (buf[end] ?? 0) >= 0x20 && buf[end] !== 0x7f) end++;
    // Keep a trailing GB18030 lead byte for the next read rather than splitting a character.
    return { command: { kind: "text", bytes: buf.slice(at, end) }, length: end - at };
  }
  if (!need(2)) return null;
  const b1 = byte(1);
  switch (b0) {
    case 0x1b:
      switch (b1) {
        case 0x40:
          return fixed(2, { kind: "initialize" });
        case 0x61:
          return fixed(3, {
            kind: "align",
            value: (["left", "center", "right"] as const)[byte(2) % 3] ?? "left",
          });
        case 0x45:
          return fixed(3, { kind: "bold", on: (byte(2) & 1) === 1 });
        case 0x4d:
          return unknown(3);
        case 0x32:
          return fixed(2, { kind: "line-spacing", dots: null });
        case 0x33:
          return fixed(3, { kind: "line-spacing", dots: byte(2) });
        case 0x64:
          return fixed(3, { kind: "feed-lines", lines: byte(2) });
        case 0x4a:
          return fixed(3, { kind: "feed-dots", dots: byte(2) });
        default:
          return unknown(2);
      }
    case 0x1c:
      if (b1 === 0x26) return fixed(2, { kind: "chinese-mode", on: true });
      if (b1 === 0x2e) return fixed(2, { kind: "chinese-mode", on: false });
      return unknown(2);
    case 0x1d:
      return parseGs(buf, at, b1);
    case 0x10:
      if (!need(3)) return null;
      if (b1 === 0x04) return fixed(3, { kind: "rt-status", n: byte(2) });
      if (b1 === 0x05) return fixed(3, { kind: "rt-recover", n: byte(2) });
      if (b1 === 0x14) return fixed(byte(2) === 0x08 ? 10 : 3, { kind: "rt-clear-buffers" });
      return unknown(2);
    default:
      return unknown(1);
  }
}

function parseGs(buf: Uint8Array, at: number, b1: number): Parsed {
  const need = (n: number): boolean => buf.length - at >= n;
  const byte = (i: number): number => buf[at + i] ?? 0;
  const fixed = (length: number, command: WireCommand): Parsed => (need(length) ? { command, length } : null);
  switch (b1) {
    case 0x21:
      return fixed(3, { kind: "size", width: (byte(2) >> 4) + 1, height: (byte(2) & 0x0f) + 1 });
    case 0x68:
      return fixed(3, { kind: "barcode-setting", command: "height", value: byte(2) });
    case 0x77:
      return fixed(3, { kind: "barcode-setting", command: "width", value: byte(2) });
    case 0x48:
      return fixed(3, { kind: "barcode-setting", command: "hri", value: byte(2) });
    case 0x66:
      return fixed(3, { kind: "barcode-setting", command: "hri-font", value: byte(2) });
    case 0x61:
      return fixed(3, { kind: "asb", mask: byte(2) });
    case 0x72:
      return fixed(3, { kind: "paper-status-request" });
    case 0x56: {
      if (!need(3)) return null;
      const m = byte(2);
      if (m === 0x41 || m === 0x42) return fixed(4, { kind: "cut", full: m === 0x41, feed: true });
      return fixed(3, { kind: "cut", full: m === 0 || m === 0x30, feed: false });
    }
    case 0x6b: {
      if (!need(4)) return null;
      const m = byte(2);
      if (m >= 65) {
        const n = byte(3);
        return fixed(4 + n, { kind: "barcode", symbology: m, data: buf.slice(at + 4, at + 4 + n) });
      }
      const end = buf.indexOf(0, at + 3);
      if (end < 0) return null;
      return {
        command: { kind: "barcode", symbology: m, data: buf.slice(at + 3, end) },
        length: end + 1 - at,
      };
    }
    case 0x76: {
      if (!need(8)) return null;
      const bytesPerRow = byte(4) + byte(5) * 256;
      const rows = byte(6) + byte(7) * 256;
      const total = 8 + bytesPerRow * rows;
      return fixed(total, { kind: "raster", bytesPerRow, rows, data: buf.slice(at + 8, at + total) });
    }
    case 0x28: {
      if (!need(5)) return null;
      const fnClass = byte(2);
      const length = byte(3) + byte(4) * 256;
      if (!need(5 + length)) return null;
      const body = buf.slice(at + 5, at + 5 + length);
      return { command: decodeParenCommand(fnClass, body), length: 5 + length };
    }
    default:
      return fixed(2, { kind: "unknown", bytes: buf.slice(at, at + 2) });
  }
}

function decodeParenCommand(fnClass: number, body: Uint8Array): WireCommand {
  if (fnClass === 0x6b && body[0] === 0x31) {
    const fn = body[1] ?? 0;
    if (fn === 0x50) return { kind: "qr-store", payload: body.slice(3) };
    if (fn === 0x51) return { kind: "qr-print" };
    return { kind: "qr-setting", fn, value: body[2] ?? 0 };
  }
  if (fnClass === 0x48 && body[0] === 0x30 && body[1] === 0x30) {
    return { kind: "process-id-request", id: String.fromCharCode(...body.slice(2, 6)) };
  }
  return { kind: "unknown", bytes: Uint8Array.of(0x1d, 0x28, fnClass, ...body) };
}
