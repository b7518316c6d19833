import { describe, expect, it } from "vitest";
import { buildLayout, layoutIds } from "./index";
import { layoutSamples } from "./samples";

const textOf = (layoutId: string, data: unknown): string =>
  buildLayout(layoutId, data)
    .blocks.map((b) => (b.kind === "text" ? b.text : b.kind === "columns" ? b.cells.map((c) => c.text).join(" ") : ""))
    .join("\n");

describe("layouts in Traditional characters (script: hant)", () => {
  it("prints the submission receipt's labels and catalog text in 繁體, English beside them untouched", () => {
    const text = textOf("submission-receipt", { ...layoutSamples["submission-receipt"], script: "hant" });
    expect(text).toContain("e福州 辦件回執");
    expect(text).toContain("辦件編號 Ref.");
    expect(text).toContain("新生兒參保登記");
    expect(text).toContain("已辦結（秒批）Approved");
    expect(text).toContain("請妥善保管本回執。Please keep this receipt.");
    expect(text).not.toContain("办件回执");
  });

  it("keeps the resident's name as on the card, in the receipt and in a certificate's sentences", () => {
    const receipt = textOf("submission-receipt", {
      ...layoutSamples["submission-receipt"],
      applicant: { name: "张丽华", idNumber: "35010219900101123X" },
      script: "hant",
    });
    expect(receipt).toContain("张**");
    expect(receipt).not.toContain("張**");
    const certificate = textOf("certificate", {
      ...layoutSamples.certificate,
      holderName: "陈东",
      paragraphs: ["兹证明陈东自2020年1月起参加基本养老保险。"],
      script: "hant",
    });
    expect(certificate).toContain("陈东（證件號");
    expect(certificate).toContain("茲證明陈东自2020年1月起參加基本養老保險。");
  });

  it("leaves QR payloads and barcodes byte for byte, and every layout builds in both scripts", () => {
    for (const id of layoutIds) {
      const hans = buildLayout(id, layoutSamples[id]).blocks;
      const hant = buildLayout(id, { ...layoutSamples[id], script: "hant" }).blocks;
      expect(hant.length).toBe(hans.length);
      expect(hant.filter((b) => b.kind === "qr" || b.kind === "barcode")).toEqual(
        hans.filter((b) => b.kind === "qr" || b.kind === "barcode"),
      );
    }
  });

  it("prints Simplified for a missing or unknown script, never refusing the receipt over it", () => {
    const plain = textOf("queue-ticket", layoutSamples["queue-ticket"]);
    expect(textOf("queue-ticket", { ...layoutSamples["queue-ticket"], script: "klingon" })).toBe(plain);
    expect(plain).toContain("社保业务综合窗口");
    expect(textOf("queue-ticket", { ...layoutSamples["queue-ticket"], script: "hant" })).toContain("社保業務綜合窗口");
  });
});
