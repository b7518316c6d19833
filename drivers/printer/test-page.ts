import type { PrintDocument } from "./document";

/**
 * The technician's test ticket: exercises every part of the encoder a real ticket uses (sizes,
 * emphasis, alignment, Chinese including a 4-byte character, columns, QR, CODE128, cut), so one
 * printout shows whether font, codes and cutter work.
 */
export function testPageDocument(when: Date, port: string): PrintDocument {
  return {
    blocks: [
      {
        kind: "text",
        text: "打印机自检 Printer test",
        align: "center",
        bold: true,
        size: { width: 2, height: 2 },
      },
      { kind: "rule" },
      { kind: "text", text: "中文 GB18030：福州 鼓楼 𠀀 ＡＢＣ" },
      { kind: "text", text: "Latin: The quick brown fox 0123456789" },
      { kind: "columns", cells: [{ text: "端口 Port" }, { text: port, align: "right" }] },
      {
        kind: "columns",
        cells: [{ text: "时间 Time (UTC)" }, { text: when.toISOString().slice(0, 19), align: "right" }],
      },
      { kind: "text", text: "A023", align: "center", bold: true, size: { width: 3, height: 3 } },
      { kind: "qr", payload: "https://efuzhou.test/selftest?福州" },
      { kind: "barcode", data: "TEST-20261127" },
      { kind: "text", text: "如能看清以上内容，打印机正常。", align: "center" },
    ],
  };
}
