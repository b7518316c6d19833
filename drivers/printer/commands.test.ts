import { describe, expect, it } from "vitest";
import * as cmd from "./commands";

const hex = (bytes: Uint8Array): string =>
  Buffer.from(bytes)
    .toString("hex")
    .replace(/(..)(?!$)/g, "$1 ");

describe("ESC/POS command golden bytes", () => {
  it.each([
    ["initialize", cmd.initialize(), "1b 40"],
    ["Chinese mode on", cmd.chineseModeOn(), "1c 26"],
    ["line feed", cmd.lineFeed(), "0a"],
    ["align left", cmd.align("left"), "1b 61 00"],
    ["align centre", cmd.align("center"), "1b 61 01"],
    ["align right", cmd.align("right"), "1b 61 02"],
    ["bold on", cmd.bold(true), "1b 45 01"],
    ["bold off", cmd.bold(false), "1b 45 00"],
    ["normal size", cmd.characterSize(1, 1), "1d 21 00"],
    ["double width and height", cmd.characterSize(2, 2), "1d 21 11"],
    ["double height only", cmd.characterSize(1, 2), "1d 21 01"],
    ["double width only", cmd.characterSize(2, 1), "1d 21 10"],
    ["8 × 8", cmd.characterSize(8, 8), "1d 21 77"],
    ["font A", cmd.font("A"), "1b 4d 00"],
    ["font B", cmd.font("B"), "1b 4d 01"],
    ["default line spacing", cmd.defaultLineSpacing(), "1b 32"],
    ["line spacing 30", cmd.lineSpacing(30), "1b 33 1e"],
    ["feed 3 lines", cmd.feedLines(3), "1b 64 03"],
    ["feed 24 dots", cmd.feedDots(24), "1b 4a 18"],
    ["QR model 2", cmd.qrModel(2), "1d 28 6b 04 00 31 41 32 00"],
    ["QR model 1", cmd.qrModel(1), "1d 28 6b 04 00 31 41 31 00"],
    ["QR module size 6", cmd.qrModuleSize(6), "1d 28 6b 03 00 31 43 06"],
    ["QR ECC L", cmd.qrErrorCorrection("L"), "1d 28 6b 03 00 31 45 30"],
    ["QR ECC M", cmd.qrErrorCorrection("M"), "1d 28 6b 03 00 31 45 31"],
    ["QR ECC Q", cmd.qrErrorCorrection("Q"), "1d 28 6b 03 00 31 45 32"],
    ["QR ECC H", cmd.qrErrorCorrection("H"), "1d 28 6b 03 00 31 45 33"],
    ["QR print", cmd.qrPrint(), "1d 28 6b 03 00 31 51 30"],
    ["barcode height 80", cmd.barcodeHeight(80), "1d 68 50"],
    ["barcode module 2", cmd.barcodeModuleWidth(2), "1d 77 02"],
    ["HRI below", cmd.barcodeHri("below"), "1d 48 02"],
    ["HRI none", cmd.barcodeHri("none"), "1d 48 00"],
    ["feed and partial cut", cmd.feedAndCut("partial"), "1d 56 42 00"],
    ["feed and full cut", cmd.feedAndCut("full"), "1d 56 41 00"],
    ["GS r 1", cmd.transmitPaperStatus(), "1d 72 01"],
    ["process ID", cmd.processIdRequest("A1b2"), "1d 28 48 06 00 30 30 41 31 62 32"],
    ["DLE EOT 1", cmd.realTimeStatus(1), "10 04 01"],
    ["DLE EOT 4", cmd.realTimeStatus(4), "10 04 04"],
    ["DLE ENQ 1", cmd.realTimeRecover(1), "10 05 01"],
    ["DLE ENQ 2", cmd.realTimeRecover(2), "10 05 02"],
    ["clear buffers", cmd.clearBuffers(), "10 14 08 01 03 14 01 06 02 08"],
    ["ASB all", cmd.automaticStatusBack(0x0f), "1d 61 0f"],
    ["ASB off", cmd.automaticStatusBack(0), "1d 61 00"],
  ])("%s", (_name, bytes, expected) => {
    expect(hex(bytes)).toBe(expected);
  });

  it("QR store counts bytes, not characters: the 43-byte URL example", () => {
    const url = new TextEncoder().encode("https://zwfw.fuzhou.gov.cn/q?ref=A0231127XY");
    expect(url.length).toBe(43);
    expect(hex(cmd.qrStore(url).slice(0, 8))).toBe("1d 28 6b 2e 00 31 50 30");
  });

  it("QR store of 福州 A023 is 11 UTF-8 bytes: pL = 0E", () => {
    const payload = new TextEncoder().encode("福州 A023");
    expect(hex(cmd.qrStore(payload))).toBe("1d 28 6b 0e 00 31 50 30 e7 a6 8f e5 b7 9e 20 41 30 32 33");
  });

  it("QR store uses pH for payloads over 252 bytes", () => {
    const stored = cmd.qrStore(new Uint8Array(300).fill(0x41));
    expect(hex(stored.slice(3, 5))).toBe("2f 01"); // 303 = 0x012F
    expect(stored.length).toBe(8 + 300);
  });

  it("CODE128 prefixes m = 73 and the data length", () => {
    const data = Uint8Array.of(0x7b, 0x42, 0x41, 0x30, 0x32, 0x33, 0x31, 0x31, 0x32, 0x37);
    expect(hex(cmd.code128(data))).toBe("1d 6b 49 0a 7b 42 41 30 32 33 31 31 32 37");
  });

  it("raster image: bytes per row and rows little-endian, then the data", () => {
    const data = new Uint8Array(2 * 300).fill(0xff);
    const bytes = cmd.rasterImage(2, 300, data);
    expect(hex(bytes.slice(0, 8))).toBe("1d 76 30 00 02 00 2c 01");
    expect(bytes.length).toBe(608);
  });

  it.each([
    () => cmd.characterSize(0, 1),
    () => cmd.characterSize(1, 9),
    () => cmd.qrModuleSize(17),
    () => cmd.qrStore(new Uint8Array(0)),
    () => cmd.barcodeModuleWidth(1),
    () => cmd.rasterImage(2, 2, new Uint8Array(3)),
    () => cmd.processIdRequest("toolong"),
    () => cmd.feedLines(256),
  ])("rejects out-of-range parameters (%#)", (build) => {
    expect(build).toThrow(cmd.EscPosParameterError);
  });
});
