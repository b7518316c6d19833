import type { PrintDocument } from "./document";

/**
 * The technician's test ticket: exercises every part of the encoder a real ticket uses (sizes,
 * emphasis, alignment, Chinese including a 4-byte character, columns, QR, CODE128, cut), so one
 * printout shows whether font, codes and cutter work.
 */
export function testPageDocument(when: Date, port: string): PrintDocument {
  const local = chinaTime(when);
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
        cells: [{ text: "时间 Time (UTC+8)" }, { text: local.replace("T", " "), align: "right" }],
      },
      { kind: "text", text: "A023", align: "center", bold: true, size: { width: 3, height: 3 } },
      { kind: "qr", payload: "https://efuzhou.test/selftest?福州" },
      // The day of printing in the barcode too, so a page pinned on the wall says when it was made.
      { kind: "barcode", data: `TEST-${local.slice(0, 10).replaceAll("-", "")}` },
      { kind: "text", text: "如能看清以上内容，打印机正常。", align: "center" },
    ],
  };
}

/**
 * `when` as YYYY-MM-DDTHH:MM:SS in China time (UTC+8, no daylight saving): the clock on the
 * technician's phone and on every other ticket the kiosk prints.
 */
function chinaTime(when: Date): string {
  return new Date(when.getTime() + 8 * 3_600_000).toISOString().slice(0, 19);
}
