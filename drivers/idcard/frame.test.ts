import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { encodeReply, encodeRequest, fromHex, replyFromBody, requestFromBody, toHex, xorOf } from "./frame";
import { goldenResidentReply } from "./golden.fixture";

// Every request frame the kiosk sends, byte for byte as GA/T 467 readers expect it.
const requests: [string, number, number, number[], string][] = [
  ["reset", 0x10, 0xff, [], "AA AA AA 96 69 00 03 10 FF EC"],
  ["status", 0x11, 0xff, [], "AA AA AA 96 69 00 03 11 FF ED"],
  ["SAM ID", 0x12, 0xff, [], "AA AA AA 96 69 00 03 12 FF EE"],
  ["find", 0x20, 0x01, [], "AA AA AA 96 69 00 03 20 01 22"],
  ["select", 0x20, 0x02, [], "AA AA AA 96 69 00 03 20 02 21"],
  ["read base", 0x30, 0x01, [], "AA AA AA 96 69 00 03 30 01 32"],
  ["newest address", 0x30, 0x03, [], "AA AA AA 96 69 00 03 30 03 30"],
  ["management info", 0x30, 0x05, [], "AA AA AA 96 69 00 03 30 05 36"],
  ["read + fingerprint", 0x30, 0x10, [], "AA AA AA 96 69 00 03 30 10 23"],
  ["rate 115200", 0x60, 0x00, [], "AA AA AA 96 69 00 03 60 00 63"],
  ["rate 57600", 0x60, 0x01, [], "AA AA AA 96 69 00 03 60 01 62"],
  ["rate 38400", 0x60, 0x02, [], "AA AA AA 96 69 00 03 60 02 61"],
  ["rate 19200", 0x60, 0x03, [], "AA AA AA 96 69 00 03 60 03 60"],
  ["rate 9600", 0x60, 0x04, [], "AA AA AA 96 69 00 03 60 04 67"],
  ["max RF 80", 0x61, 0xff, [0x50], "AA AA AA 96 69 00 04 61 FF 50 CA"],
  ["max RF 88", 0x61, 0xff, [0x58], "AA AA AA 96 69 00 04 61 FF 58 C2"],
];

describe("encodeRequest", () => {
  it.each(requests)("%s matches its known bytes", (_name, cmd, para, data, hex) => {
    expect(toHex(encodeRequest(cmd, para, Uint8Array.from(data)))).toBe(hex);
  });

  it("round-trips through requestFromBody", () => {
    const frame = encodeRequest(0x61, 0xff, Uint8Array.of(0x50));
    const request = requestFromBody(frame.subarray(7, -1));
    expect(request).toEqual({ cmd: 0x61, para: 0xff, data: Uint8Array.of(0x50) });
  });

  it("refuses values that are not bytes", () => {
    expect(() => encodeRequest(256, 0)).toThrow(RangeError);
    expect(() => encodeRequest(0x20, -1)).toThrow(/para/);
    expect(() => encodeRequest(1.5, 0)).toThrow(/cmd/);
  });
});

describe("encodeReply", () => {
  it.each([
    [0x90, "AA AA AA 96 69 00 04 00 00 90 94"],
    [0x60, "AA AA AA 96 69 00 04 00 00 60 64"],
    [0x80, "AA AA AA 96 69 00 04 00 00 80 84"],
    [0x81, "AA AA AA 96 69 00 04 00 00 81 85"],
    [0x41, "AA AA AA 96 69 00 04 00 00 41 45"],
  ])("status-only SW3 %i has the 11-byte form", (sw3, hex) => {
    expect(toHex(encodeReply({ sw3 }))).toBe(hex);
  });

  it("encodes find and select success replies", () => {
    expect(toHex(encodeReply({ sw3: 0x9f, data: new Uint8Array(4) }))).toBe(
      "AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97",
    );
    expect(toHex(encodeReply({ sw3: 0x90, data: new Uint8Array(8) }))).toBe(
      "AA AA AA 96 69 00 0C 00 00 90 00 00 00 00 00 00 00 00 9C",
    );
  });

  it("rebuilds the golden frame byte for byte", () => {
    const golden = goldenResidentReply();
    expect(createHash("sha256").update(golden).digest("hex")).toBe(
      "60b275e3cad9d6bc597af03881a3b4603e942632d88701ae8ec96039e028e57c",
    );
    const reply = replyFromBody(golden.subarray(7, -1));
    expect(reply?.sw3).toBe(0x90);
    expect(encodeReply({ sw3: 0x90, data: reply?.data })).toEqual(golden);
    expect(xorOf(golden, 5, golden.length)).toBe(0);
  });

  it("keeps non-zero SW1 SW2", () => {
    const frame = encodeReply({ sw1: 0x6a, sw2: 0x82, sw3: 0x41 });
    expect(replyFromBody(frame.subarray(7, -1))).toMatchObject({ sw1: 0x6a, sw2: 0x82, sw3: 0x41 });
  });
});

describe("hex helpers", () => {
  it("parse and print", () => {
    expect(toHex(fromHex("aa 96\n69"))).toBe("AA 96 69");
    expect(() => fromHex("AZ")).toThrow(/not hex/);
  });
});
