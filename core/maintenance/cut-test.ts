import type { PrintDocument } from "../../drivers/printer/document";

/** A short slip for the cutter test: little paper, the time so two slips can be told apart. */
export function cutTestDocument(when: Date): PrintDocument {
  return {
    blocks: [
      { kind: "text", text: "切纸测试 Cut test", align: "center", bold: true },
      { kind: "text", text: when.toISOString().slice(0, 19).replace("T", " "), align: "center" },
    ],
  };
}
