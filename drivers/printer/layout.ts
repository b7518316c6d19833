import type { Align, QrErrorCorrection } from "./commands";
import type { PrintBlock, PrintDocument } from "./document";
import {
  PRINT_WIDTH_DOTS,
  type PaperWidthMm,
  padToWidth,
  printable,
  textWidthDots,
  wrapText,
} from "./text-width";

/**
 * A document laid out for one paper width: every text line already wrapped and padded, so the
 * ESC/POS encoder and the on-screen preview show exactly the same lines.
 */
export type LaidOutLine =
  | { kind: "text"; text: string; align: Align; bold: boolean; width: number; height: number }
  | { kind: "qr"; payload: string; moduleSize: number; errorCorrection: QrErrorCorrection; align: Align }
  | { kind: "barcode"; data: string; height: number; align: Align }
  | { kind: "image"; width: number; height: number; bits: Uint8Array; align: Align }
  | { kind: "feed"; lines: number };

/** Lays a document out for 58 or 80 mm paper. */
export function layoutDocument(document: PrintDocument, paperWidthMm: PaperWidthMm): LaidOutLine[] {
  const maxDots = PRINT_WIDTH_DOTS[paperWidthMm];
  return document.blocks.flatMap((block) => layoutBlock(block, maxDots));
}

function layoutBlock(block: PrintBlock, maxDots: number): LaidOutLine[] {
  switch (block.kind) {
    case "text": {
      const width = block.size?.width ?? 1;
      const height = block.size?.height ?? 1;
      const align = block.align ?? "left";
      const bold = block.bold ?? false;
      return wrapText(block.text, maxDots, width).map((text) => ({
        kind: "text",
        text,
        align,
        bold,
        width,
        height,
      }));
    }
    case "columns":
      return layoutColumns(block.cells, block.bold ?? false, maxDots);
    case "rule": {
      const char = printable(block.char ?? "-").trim() || "-";
      const count = Math.max(1, Math.floor(maxDots / textWidthDots(char)));
      return [{ kind: "text", text: char.repeat(count), align: "left", bold: false, width: 1, height: 1 }];
    }
    case "qr":
      return [
        {
          kind: "qr",
          payload: block.payload,
          moduleSize: block.moduleSize ?? 6,
          errorCorrection: block.errorCorrection ?? "M",
          align: block.align ?? "center",
        },
      ];
    case "barcode":
      return [
        { kind: "barcode", data: block.data, height: block.height ?? 80, align: block.align ?? "center" },
      ];
    case "image":
      return [
        {
          kind: "image",
          width: block.width,
          height: block.height,
          bits: block.bits,
          align: block.align ?? "center",
        },
      ];
    case "feed":
      return [{ kind: "feed", lines: block.lines }];
  }
}

/** Columns share the width by weight; each cell wraps inside its column, rows are padded to line up. */
function layoutColumns(
  cells: readonly { text: string; weight?: number; align?: Align }[],
  bold: boolean,
  maxDots: number,
): LaidOutLine[] {
  const totalWeight = cells.reduce((sum, cell) => sum + (cell.weight ?? 1), 0);
  const gapDots = textWidthDots(" ");
  const usable = maxDots - gapDots * Math.max(0, cells.length - 1);
  const unit = textWidthDots(" ");
  const widths = cells.map((cell) => Math.floor((usable * (cell.weight ?? 1)) / totalWeight / unit) * unit);
  const wrapped = cells.map((cell, i) => wrapText(cell.text, widths[i] ?? unit));
  const rows = Math.max(...wrapped.map((lines) => lines.length));
  const out: LaidOutLine[] = [];
  for (let row = 0; row < rows; row++) {
    const parts = cells.map((cell, i) =>
      padToWidth(wrapped[i]?.[row] ?? "", widths[i] ?? unit, cell.align ?? "left"),
    );
    out.push({ kind: "text", text: parts.join(" ").trimEnd(), align: "left", bold, width: 1, height: 1 });
  }
  return out;
}
