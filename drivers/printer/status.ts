/**
 * Printer status as decoded from DLE EOT replies and Automatic Status Back blocks
 * (README, "Status replies"). Decoded by bit masks, never by comparing whole bytes.
 */

export type PaperState = "ok" | "near-end" | "out";
export type PrinterErrorKind = "mechanical" | "autocutter" | "unrecoverable" | "auto-recoverable";

/** What a technician and the kiosk need to know about the printer right now. */
export interface PrinterStatus {
  online: boolean;
  paper: PaperState;
  coverOpen: boolean;
  /** The error the printer reports, or null. */
  error: PrinterErrorKind | null;
}

/** The four DLE EOT reply bytes (n = 1–4). */
export interface RealTimeReplies {
  printer: number;
  offlineCause: number;
  errorCause: number;
  paperSensor: number;
}

/** Every DLE EOT reply matches 0xx1xx10. */
export const isRealTimeReply = (byte: number): boolean => (byte & 0x93) === 0x12;
/** The first byte of an ASB block matches 0xx1xx00. */
export const isAsbHeader = (byte: number): boolean => (byte & 0x93) === 0x10;
/** A GS r reply matches 0xx0xxxx. */
export const isPaperStatusReply = (byte: number): boolean => (byte & 0x90) === 0x00;

function errorFromCause(errorCause: number): PrinterErrorKind | null {
  if (errorCause & 0x20) return "unrecoverable";
  if (errorCause & 0x08) return "autocutter";
  if (errorCause & 0x04) return "mechanical";
  if (errorCause & 0x40) return "auto-recoverable";
  return null;
}

/** Decodes the replies to DLE EOT 1, 2, 3 and 4. */
export function decodeRealTime(replies: RealTimeReplies): PrinterStatus {
  const paperOut = (replies.paperSensor & 0x60) !== 0 || (replies.offlineCause & 0x20) !== 0;
  const nearEnd = (replies.paperSensor & 0x0c) !== 0;
  const error =
    errorFromCause(replies.errorCause) ?? ((replies.offlineCause & 0x40) !== 0 ? "mechanical" : null);
  return {
    online: (replies.printer & 0x08) === 0,
    paper: paperOut ? "out" : nearEnd ? "near-end" : "ok",
    coverOpen: (replies.offlineCause & 0x04) !== 0,
    error,
  };
}

/** Decodes a 4-byte ASB block. */
export function decodeAsb(block: Uint8Array): PrinterStatus {
  const [b1 = 0, b2 = 0, b3 = 0] = block;
  const paper: PaperState = (b3 & 0x0c) !== 0 ? "out" : (b3 & 0x03) !== 0 ? "near-end" : "ok";
  const error: PrinterErrorKind | null =
    b2 & 0x20
      ? "unrecoverable"
      : b2 & 0x08
        ? "autocutter"
        : b2 & 0x04
          ? "mechanical"
          : b2 & 0x40
            ? "auto-recoverable"
            : null;
  return { online: (b1 & 0x08) === 0, paper, coverOpen: (b1 & 0x20) !== 0, error };
}

/** Encodes a status as DLE EOT reply bytes (the virtual printer answers with these). */
export function encodeRealTime(status: PrinterStatus): RealTimeReplies {
  const paperOut = status.paper === "out";
  const nearEnd = status.paper !== "ok";
  const errorBits = { mechanical: 0x04, autocutter: 0x08, unrecoverable: 0x20, "auto-recoverable": 0x40 };
  return {
    printer: 0x12 | (status.online ? 0 : 0x08),
    offlineCause: 0x12 | (status.coverOpen ? 0x04 : 0) | (paperOut ? 0x20 : 0) | (status.error ? 0x40 : 0),
    errorCause: 0x12 | (status.error ? errorBits[status.error] : 0),
    paperSensor: 0x12 | (nearEnd ? 0x0c : 0) | (paperOut ? 0x60 : 0),
  };
}

/** Encodes a status as a 4-byte ASB block. */
export function encodeAsb(status: PrinterStatus): Uint8Array {
  const errorBits = { mechanical: 0x04, autocutter: 0x08, unrecoverable: 0x20, "auto-recoverable": 0x40 };
  return Uint8Array.of(
    0x10 | (status.online ? 0 : 0x08) | (status.coverOpen ? 0x20 : 0),
    status.error ? errorBits[status.error] : 0,
    (status.paper !== "ok" ? 0x03 : 0) | (status.paper === "out" ? 0x0c : 0),
    0,
  );
}

/** Whether the printer can take a job now: online, cover closed, paper present. */
export function isReady(status: PrinterStatus): boolean {
  return status.online && !status.coverOpen && status.paper !== "out" && status.error === null;
}
