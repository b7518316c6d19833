import type { Align, QrErrorCorrection } from "./commands";

/**
 * The document a printer job is built from: a list of blocks, independent of paper width.
 *
 * Plain serialisable data, so ticket layouts (kiosk-config/layouts) can produce it without
 * importing this package: their block types are structurally a subset of these.
 */
export interface PrintDocument {
  blocks: readonly PrintBlock[];
}

/** Character size multipliers, 1–8 each (GS !). */
export interface CharSize {
  width: number;
  height: number;
}

export type PrintBlock =
  | TextBlock
  | ColumnsBlock
  | RuleBlock
  | QrBlock
  | BarcodeBlock
  | ImageBlock
  | FeedBlock;

/** A paragraph, wrapped at the paper width. */
export interface TextBlock {
  kind: "text";
  text: string;
  /** Default "left". */
  align?: Align;
  /** Default false. */
  bold?: boolean;
  /** Default 1 × 1. */
  size?: CharSize;
}

/** One row of side-by-side cells, e.g. a label and its value; each cell wraps in its own column. */
export interface ColumnsBlock {
  kind: "columns";
  cells: readonly ColumnCell[];
  /** Default false. */
  bold?: boolean;
}

export interface ColumnCell {
  text: string;
  /** Share of the line width; default 1. */
  weight?: number;
  /** Default "left". */
  align?: Align;
}

/** A full-width line of a repeated character. */
export interface RuleBlock {
  kind: "rule";
  /** Default "-". */
  char?: string;
}

export interface QrBlock {
  kind: "qr";
  payload: string;
  /** Module size in dots; default 6. */
  moduleSize?: number;
  /** Default "M". */
  errorCorrection?: QrErrorCorrection;
  /** Default "center". */
  align?: Align;
}

/** A CODE128 barcode. */
export interface BarcodeBlock {
  kind: "barcode";
  data: string;
  /** Height in dots; default 80. */
  height?: number;
  /** Default "center". */
  align?: Align;
}

/** A small monochrome image (a logo, never a whole ticket: far too slow over serial). */
export interface ImageBlock {
  kind: "image";
  /** Width in dots; rows are padded to whole bytes. */
  width: number;
  height: number;
  /** Row-major, MSB-first, 1 = black, ceil(width / 8) bytes per row. */
  bits: Uint8Array;
  /** Default "center". */
  align?: Align;
}

export interface FeedBlock {
  kind: "feed";
  lines: number;
}
