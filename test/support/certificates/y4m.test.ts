import { describe, expect, it } from "vitest";
import { rgbaToY4m } from "./y4m";

/** A 2×2 picture of one colour, as RGBA. */
const flat = (r: number, g: number, b: number) =>
  new Uint8Array(Array.from({ length: 4 }, () => [r, g, b, 255]).flat());

describe("rgbaToY4m", () => {
  it("writes the header Chromium's file camera reads, then Y, U and V planes per frame", () => {
    const file = rgbaToY4m(flat(255, 255, 255), 2, 2, 2);
    const header = "YUV4MPEG2 W2 H2 F30:1 Ip A1:1 C420jpeg\n";
    expect(file.toString("latin1", 0, header.length)).toBe(header);
    const frame = [...Buffer.from("FRAME\n", "latin1")];
    // White: Y at the top of studio range, neutral chroma; each frame is FRAME, 4 Y, 1 U, 1 V.
    expect([...file.subarray(header.length)]).toEqual([
      ...frame,
      235,
      235,
      235,
      235,
      128,
      128,
      ...frame,
      235,
      235,
      235,
      235,
      128,
      128,
    ]);
  });

  it("maps black to the bottom of the range and red to high V", () => {
    const black = rgbaToY4m(flat(0, 0, 0), 2, 2);
    expect([...black.subarray(black.length - 6)]).toEqual([16, 16, 16, 16, 128, 128]);
    const red = rgbaToY4m(flat(255, 0, 0), 2, 2);
    expect([...red.subarray(red.length - 6)]).toEqual([81, 81, 81, 81, 90, 240]);
  });

  it("refuses an odd size and pixels that do not fill it", () => {
    expect(() => rgbaToY4m(new Uint8Array(3 * 2 * 4), 3, 2)).toThrow(/even/);
    expect(() => rgbaToY4m(new Uint8Array(7), 2, 2)).toThrow(/expected 16 bytes/);
  });
});
