import * as cmd from "./commands";
import { code128Data } from "./code128";
import type { PrintDocument } from "./document";
import { type LaidOutLine, layoutDocument } from "./layout";
import type { PaperWidthMm } from "./text-width";
import { type ChineseCharset, encodeQrPayload, encodeText, type Substitution } from "./text-encoding";

/** How a job tells the host that it has been printed (README, "Job completion"). */
export type CompletionMarker = { kind: "gs-r" } | { kind: "process-id"; id: string };

/** Options for encoding a job. */
export interface EncodeOptions {
  /** Paper width; default 80. */
  paperWidthMm?: PaperWidthMm;
  /** Which GB18030 area the printer's font covers; default "gb18030" (4-byte sequences too). */
  charset?: ChineseCharset;
  /** Cut at the end: "partial" (default), "full" (presenters that need it) or "none". */
  cut?: "partial" | "full" | "none";
  /** Marker appended after the cut; default GS r 1. */
  completion?: CompletionMarker;
  /** Called for each character replaced by □ (2-byte printers only); default: ignored. */
  onSubstitute?: (s: Substitution) => void;
}

/**
 * An encoded job as a list of whole commands: the job runner writes them in order and may slip a
 * real-time status query in between two of them, never inside one.
 */
export interface EncodedJob {
  commands: Uint8Array[];
  /** Total bytes on the wire. */
  byteLength: number;
}

/** Encodes a document into one ESC/POS job ending in feed + cut + completion marker. */
export function encodeDocument(document: PrintDocument, options: EncodeOptions = {}): EncodedJob {
  return encodeLines(layoutDocument(document, options.paperWidthMm ?? 80), options);
}

/** Encodes already laid-out lines (what the preview shows) into a job. */
export function encodeLines(lines: readonly LaidOutLine[], options: EncodeOptions = {}): EncodedJob {
  const commands: Uint8Array[] = [cmd.initialize(), cmd.chineseModeOn()];
  const state = { align: "left" as cmd.Align, bold: false, width: 1, height: 1 };
  const setAlign = (align: cmd.Align): void => {
    if (state.align === align) return;
    commands.push(cmd.align(align));
    state.align = align;
  };
  for (const line of lines) {
    switch (line.kind) {
      case "text": {
        setAlign(line.align);
        if (state.width !== line.width || state.height !== line.height) {
          commands.push(cmd.characterSize(line.width, line.height));
          state.width = line.width;
          state.height = line.height;
        }
        if (state.bold !== line.bold) {
          commands.push(cmd.bold(line.bold));
          state.bold = line.bold;
        }
        if (line.text !== "") commands.push(encodeText(line.text, options.charset, options.onSubstitute));
        commands.push(cmd.lineFeed());
        break;
      }
      case "qr":
        setAlign(line.align);
        commands.push(
          cmd.qrModel(2),
          cmd.qrModuleSize(line.moduleSize),
          cmd.qrErrorCorrection(line.errorCorrection),
          cmd.qrStore(encodeQrPayload(line.payload)),
          cmd.qrPrint(),
          cmd.lineFeed(),
        );
        break;
      case "barcode":
        setAlign(line.align);
        commands.push(
          cmd.barcodeHeight(line.height),
          cmd.barcodeModuleWidth(2),
          cmd.barcodeHri("below"),
          cmd.code128(code128Data(line.data)),
        );
        break;
      case "image": {
        setAlign(line.align);
        const bytesPerRow = Math.ceil(line.width / 8);
        commands.push(cmd.rasterImage(bytesPerRow, line.height, line.bits));
        break;
      }
      case "feed":
        if (line.lines > 0) commands.push(cmd.feedLines(line.lines));
        break;
    }
  }
  // Back to defaults so a later job (or a text-mode test print) starts clean, then cut with feed.
  if (state.align !== "left") commands.push(cmd.align("left"));
  if (state.width !== 1 || state.height !== 1) commands.push(cmd.characterSize(1, 1));
  if (state.bold) commands.push(cmd.bold(false));
  const cut = options.cut ?? "partial";
  if (cut !== "none") commands.push(cmd.feedAndCut(cut, 0));
  const completion = options.completion ?? { kind: "gs-r" };
  commands.push(completion.kind === "gs-r" ? cmd.transmitPaperStatus() : cmd.processIdRequest(completion.id));
  return { commands, byteLength: commands.reduce((sum, c) => sum + c.length, 0) };
}
