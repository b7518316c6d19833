import { describe, expect, it } from "vitest";
import type { PrintDocument } from "./document";
import { testPageDocument } from "./test-page";

const texts = (doc: PrintDocument): string[] =>
  doc.blocks.flatMap((b) =>
    b.kind === "text"
      ? [b.text]
      : b.kind === "columns"
        ? b.cells.map((c) => c.text)
        : b.kind === "barcode"
          ? [b.data]
          : [],
  );

describe("printer test page", () => {
  it("prints the day and time it was made, in China time, in the text and the barcode", () => {
    // 2027-03-04 17:30 UTC is already 5 March in Fuzhou.
    const doc = testPageDocument(new Date("2027-03-04T17:30:05Z"), "/dev/ttyUSB0");
    expect(texts(doc)).toContain("2027-03-05 01:30:05");
    expect(texts(doc)).toContain("TEST-20270305");
    expect(texts(doc)).toContain("/dev/ttyUSB0");
    const other = testPageDocument(new Date("2026-12-03T08:00:00Z"), "/dev/ttyUSB0");
    expect(texts(other)).toContain("TEST-20261203");
  });
});
