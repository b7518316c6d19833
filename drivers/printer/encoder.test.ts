import { describe, expect, it } from "vitest";
import type { PrintDocument } from "./document";
import { encodeDocument } from "./encoder";

const hex = (bytes: Uint8Array): string =>
  Buffer.from(bytes)
    .toString("hex")
    .replace(/(..)(?!$)/g, "$1 ");
const wire = (doc: PrintDocument, options = {}): string =>
  hex(Buffer.concat(encodeDocument(doc, options).commands));

describe("encodeDocument golden bytes", () => {
  it("an empty job: init, Chinese mode, feed + partial cut, GS r 1", () => {
    expect(wire({ blocks: [] })).toBe("1b 40 1c 26 1d 56 42 00 1d 72 01");
  });

  it("the kiosk ticket shape: big bold centred number, GB18030 text", () => {
    const doc: PrintDocument = {
      blocks: [
        { kind: "text", text: "A023", align: "center", bold: true, size: { width: 2, height: 2 } },
        { kind: "text", text: "取号", align: "center" },
      ],
    };
    expect(wire(doc)).toBe(
      [
        "1b 40 1c 26",
        "1b 61 01 1d 21 11 1b 45 01 41 30 32 33 0a",
        "1d 21 00 1b 45 00 c8 a1 ba c5 0a",
        "1b 61 00 1d 56 42 00 1d 72 01",
      ].join(" "),
    );
  });

  it("4-byte GB18030 characters are sent as such, or as □ on 2-byte printers", () => {
    const doc: PrintDocument = { blocks: [{ kind: "text", text: "𠀀福州" }] };
    expect(wire(doc)).toContain("95 32 82 36 b8 a3 d6 dd 0a");
    const substituted: number[] = [];
    const narrow = wire(doc, {
      charset: "gb18030-2byte",
      onSubstitute: (s: { codePoint: number }) => substituted.push(s.codePoint),
    });
    expect(narrow).toContain("a1 f5 b8 a3 d6 dd 0a"); // □ = A1 F5
    expect(narrow).not.toContain("3f");
    expect(substituted).toEqual([0x20000]);
  });

  it("QR: model, module size, ECC, store with the byte length, print, centred", () => {
    const doc: PrintDocument = { blocks: [{ kind: "qr", payload: "福州 A023" }] };
    expect(wire(doc)).toBe(
      [
        "1b 40 1c 26 1b 61 01",
        "1d 28 6b 04 00 31 41 32 00",
        "1d 28 6b 03 00 31 43 06",
        "1d 28 6b 03 00 31 45 31",
        "1d 28 6b 0e 00 31 50 30 e7 a6 8f e5 b7 9e 20 41 30 32 33",
        "1d 28 6b 03 00 31 51 30 0a",
        "1b 61 00 1d 56 42 00 1d 72 01",
      ].join(" "),
    );
  });

  it("CODE128 with height, module width and HRI", () => {
    const doc: PrintDocument = { blocks: [{ kind: "barcode", data: "A0231127", align: "left" }] };
    expect(wire(doc)).toBe(
      "1b 40 1c 26 1d 68 50 1d 77 02 1d 48 02 1d 6b 49 09 7b 42 41 30 7b 43 17 0b 1b 1d 56 42 00 1d 72 01",
    );
  });

  it("a small raster logo", () => {
    const doc: PrintDocument = {
      blocks: [{ kind: "image", width: 16, height: 2, bits: Uint8Array.of(0xff, 0x00, 0x0f, 0xf0) }],
    };
    expect(wire(doc)).toBe(
      "1b 40 1c 26 1b 61 01 1d 76 30 00 02 00 02 00 ff 00 0f f0 1b 61 00 1d 56 42 00 1d 72 01",
    );
  });

  it("feed, full cut and a process-ID marker", () => {
    const doc: PrintDocument = { blocks: [{ kind: "feed", lines: 2 }] };
    expect(wire(doc, { cut: "full", completion: { kind: "process-id", id: "J001" } })).toBe(
      "1b 40 1c 26 1b 64 02 1d 56 41 00 1d 28 48 06 00 30 30 4a 30 30 31",
    );
  });

  it("columns line up label and value at 58 mm (32 half-width cells)", () => {
    const doc: PrintDocument = {
      blocks: [{ kind: "columns", cells: [{ text: "事项" }, { text: "OK", align: "right" }] }],
    };
    const commands = encodeDocument(doc, { paperWidthMm: 58 }).commands;
    const line = Buffer.from(commands[2] ?? new Uint8Array()).toString("latin1");
    // 15 cells per column + 1 gap: "事项" (4 cells) + 11 spaces + gap + 13 spaces + "OK"
    expect(line.length).toBe(4 + 11 + 1 + 13 + 2);
    expect(line.endsWith(" OK")).toBe(true);
  });

  it("a rule fills the paper width", () => {
    const commands = encodeDocument({ blocks: [{ kind: "rule" }] }, { paperWidthMm: 80 }).commands;
    expect(Buffer.from(commands[2] ?? new Uint8Array()).toString()).toBe("-".repeat(48));
  });

  it("never ends a job with a cut that lacks feed, nor with Chinese mode off", () => {
    const all = wire({ blocks: [{ kind: "text", text: "福州" }] });
    expect(all).not.toMatch(/1d 56 (00|01|30|31)/);
    expect(all).not.toContain("1c 2e");
  });

  it("text cannot smuggle commands: control characters print as spaces", () => {
    const doc: PrintDocument = { blocks: [{ kind: "text", text: "A\u001b@B\u001dV\u0000C\rD\u0085E" }] };
    expect(wire(doc)).toBe("1b 40 1c 26 41 20 40 42 20 56 20 43 20 44 20 45 0a 1d 56 42 00 1d 72 01");
  });
});
