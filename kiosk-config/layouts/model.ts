import * as z from "zod";

/**
 * What a ticket layout produces: blocks independent of the paper width.
 *
 * Structurally a subset of drivers/printer's PrintDocument (this folder may not import drivers),
 * so core hands a layout's output straight to the encoder and to the preview.
 */
export type Align = "left" | "center" | "right";

export type LayoutBlock =
  | { kind: "text"; text: string; align?: Align; bold?: boolean; size?: { width: number; height: number } }
  | { kind: "columns"; cells: { text: string; weight?: number; align?: Align }[]; bold?: boolean }
  | { kind: "rule"; char?: string }
  | {
      kind: "qr";
      payload: string;
      moduleSize?: number;
      errorCorrection?: "L" | "M" | "Q" | "H";
      align?: Align;
    }
  | { kind: "barcode"; data: string; height?: number; align?: Align }
  | { kind: "feed"; lines: number };

export interface LayoutDocument {
  blocks: LayoutBlock[];
}

const AlignSchema = z.enum(["left", "center", "right"]);

/** One line of the on-screen preview: already wrapped for the paper, exactly as it will print. */
export const PreviewLine = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("text"),
    text: z.string(),
    align: AlignSchema,
    bold: z.boolean(),
    /** Character width multiplier, 1–8. */
    width: z.number().int().min(1).max(8),
    /** Character height multiplier, 1–8. */
    height: z.number().int().min(1).max(8),
  }),
  z.object({ kind: z.literal("qr"), payload: z.string(), moduleSize: z.number().int(), align: AlignSchema }),
  z.object({ kind: z.literal("barcode"), data: z.string(), height: z.number().int(), align: AlignSchema }),
  z.object({
    kind: z.literal("image"),
    width: z.number().int(),
    height: z.number().int(),
    align: AlignSchema,
  }),
  z.object({ kind: z.literal("feed"), lines: z.number().int().nonnegative() }),
]);
export type PreviewLine = z.infer<typeof PreviewLine>;

/** The preview the UI draws before printing: plain serialisable lines, monospace cells. */
export const TicketPreview = z.object({
  layoutId: z.string(),
  paperWidthMm: z.union([z.literal(58), z.literal(80)]),
  /** Half-width character cells per line (48 on 80 mm, 32 on 58 mm); a CJK character takes two. */
  cellsPerLine: z.number().int().positive(),
  lines: z.array(PreviewLine),
});
export type TicketPreview = z.infer<typeof TicketPreview>;
