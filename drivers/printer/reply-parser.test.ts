import { describe, expect, it } from "vitest";
import { ReplyParser } from "./reply-parser";

describe("ReplyParser", () => {
  it("tells DLE EOT, ASB, GS r and process-ID replies apart", () => {
    const parser = new ReplyParser();
    const replies = parser.push(
      Uint8Array.of(0x12, 0x10, 0x00, 0x03, 0x00, 0x00, 0x37, 0x22, 0x41, 0x42, 0x43, 0x44, 0x00, 0x7e),
    );
    expect(replies).toEqual([
      { kind: "real-time", byte: 0x12 },
      { kind: "asb", block: Uint8Array.of(0x10, 0x00, 0x03, 0x00) },
      { kind: "paper-status", byte: 0 },
      { kind: "process-id", id: "ABCD" },
      { kind: "real-time", byte: 0x7e },
    ]);
  });
  it("waits for the rest of a split ASB block or process ID", () => {
    const parser = new ReplyParser();
    expect(parser.push(Uint8Array.of(0x18, 0x00))).toEqual([]);
    expect(parser.push(Uint8Array.of(0x0c, 0x00, 0x37))).toEqual([
      { kind: "asb", block: Uint8Array.of(0x18, 0, 0x0c, 0) },
    ]);
    expect(parser.push(Uint8Array.of(0x22, 0x4a, 0x30, 0x30, 0x31))).toEqual([]);
    expect(parser.push(Uint8Array.of(0x00))).toEqual([{ kind: "process-id", id: "J001" }]);
  });
  it("reports XON/XOFF as flow bytes", () => {
    expect(new ReplyParser().push(Uint8Array.of(0x13, 0x11))).toEqual([
      { kind: "flow", byte: 0x13 },
      { kind: "flow", byte: 0x11 },
    ]);
  });
});
