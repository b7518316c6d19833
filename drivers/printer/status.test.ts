import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeAsb,
  decodeRealTime,
  encodeAsb,
  encodeRealTime,
  isRealTimeReply,
  type PrinterStatus,
} from "./status";

describe("status decoding", () => {
  it("decodes typical DLE EOT replies", () => {
    expect(
      decodeRealTime({ printer: 0x12, offlineCause: 0x12, errorCause: 0x12, paperSensor: 0x12 }),
    ).toEqual({ online: true, paper: "ok", coverOpen: false, error: null });
    expect(
      decodeRealTime({ printer: 0x16, offlineCause: 0x12, errorCause: 0x12, paperSensor: 0x1e }).paper,
    ).toBe("near-end");
    expect(
      decodeRealTime({ printer: 0x1a, offlineCause: 0x32, errorCause: 0x12, paperSensor: 0x72 }),
    ).toEqual({ online: false, paper: "out", coverOpen: false, error: null });
    expect(
      decodeRealTime({ printer: 0x1a, offlineCause: 0x16, errorCause: 0x12, paperSensor: 0x12 }).coverOpen,
    ).toBe(true);
    expect(
      decodeRealTime({ printer: 0x1a, offlineCause: 0x52, errorCause: 0x1a, paperSensor: 0x12 }).error,
    ).toBe("autocutter");
    expect(
      decodeRealTime({ printer: 0x12, offlineCause: 0x12, errorCause: 0x12, paperSensor: 0x7e }).paper,
    ).toBe("out");
  });
  it("validates the 0xx1xx10 pattern", () => {
    expect(isRealTimeReply(0x12)).toBe(true);
    expect(isRealTimeReply(0x72)).toBe(true);
    expect(isRealTimeReply(0x10)).toBe(false);
    expect(isRealTimeReply(0x92)).toBe(false);
  });
  it("decodes Automatic Status Back blocks", () => {
    expect(decodeAsb(Uint8Array.of(0x10, 0, 0, 0))).toEqual({
      online: true,
      paper: "ok",
      coverOpen: false,
      error: null,
    });
    expect(decodeAsb(Uint8Array.of(0x38, 0, 0, 0))).toMatchObject({ online: false, coverOpen: true });
    expect(decodeAsb(Uint8Array.of(0x18, 0, 0x0f, 0)).paper).toBe("out");
    expect(decodeAsb(Uint8Array.of(0x10, 0, 0x03, 0)).paper).toBe("near-end");
    expect(decodeAsb(Uint8Array.of(0x18, 0x08, 0, 0)).error).toBe("autocutter");
  });
  const statusArb = fc.record({
    online: fc.boolean(),
    paper: fc.constantFrom("ok" as const, "near-end" as const, "out" as const),
    coverOpen: fc.boolean(),
    error: fc.constantFrom(
      null,
      "mechanical" as const,
      "autocutter" as const,
      "unrecoverable" as const,
      "auto-recoverable" as const,
    ),
  });
  it("encode and decode agree (property)", () => {
    fc.assert(
      fc.property(statusArb, (status: PrinterStatus) => {
        expect(decodeAsb(encodeAsb(status))).toEqual(status);
        expect(decodeRealTime(encodeRealTime(status))).toEqual(status);
      }),
    );
  });
});
