import { describe, expect, it } from "vitest";
import { buildLayout, formatFuzhouTime, LayoutDataError, layoutIds, maskIdNumber, maskName } from "./index";
import { layoutSamples } from "./samples";

describe("layout helpers", () => {
  it("masks ID numbers as first 4 + * + last 4", () => {
    expect(maskIdNumber("35010219900101123X")).toBe("3501**********123X");
    expect(maskIdNumber("1234")).toBe("****");
  });
  it("masks names after the first character", () => {
    expect(maskName("张三丰")).toBe("张**");
    expect(maskName("李")).toBe("李*");
  });
  it("formats time as Fuzhou local time whatever the host zone", () => {
    expect(formatFuzhouTime("2026-11-27T08:40:00Z")).toBe("2026-11-27 16:40");
    expect(formatFuzhouTime("2026-12-31T23:30:00+08:00")).toBe("2026-12-31 23:30");
  });
});

describe("layouts", () => {
  it.each(layoutIds)("%s builds from its sample and its blocks are plain data", (id) => {
    const doc = buildLayout(id, layoutSamples[id]);
    expect(doc.blocks.length).toBeGreaterThan(3);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it("rejects bad data with the layout and field named", () => {
    expect(() => buildLayout("queue-ticket", { ...layoutSamples["queue-ticket"], waitingAhead: -1 })).toThrow(
      /queue-ticket.*waitingAhead/,
    );
    expect(() => buildLayout("nope", {})).toThrow(LayoutDataError);
  });

  it("never puts a full ID number on paper", () => {
    for (const id of layoutIds) {
      const text = JSON.stringify(buildLayout(id, layoutSamples[id]));
      // An ID number is exactly 18 characters; a payment's 20-digit transaction number is not one.
      expect(text).not.toMatch(/(?<![\dX])\d{17}[\dX](?![\dX])/);
    }
    const receipt = JSON.stringify(buildLayout("submission-receipt", layoutSamples["submission-receipt"]));
    expect(receipt).toContain("3501**********123X");
    expect(receipt).not.toContain("林小福");
  });

  it("the queue ticket shows the number big, people ahead and the QR", () => {
    const doc = buildLayout("queue-ticket", layoutSamples["queue-ticket"]);
    expect(doc.blocks).toContainEqual({
      kind: "text",
      text: "A023",
      align: "center",
      bold: true,
      size: { width: 3, height: 3 },
    });
    expect(doc.blocks).toContainEqual(expect.objectContaining({ kind: "text", text: "前面还有 5 人等候" }));
    expect(doc.blocks).toContainEqual(
      expect.objectContaining({ kind: "qr", payload: "https://q.efuzhou.test/t/A023" }),
    );
  });
});
