import * as z from "zod";
import { toHant } from "../hant/to-hant";
import type { LayoutBlock, LayoutDocument } from "./model";

/**
 * The Chinese script a layout prints in: every layout is written in Simplified (with English
 * beside it); a resident who chose 繁體中文 gets the same receipt in Traditional characters.
 * Carried as the optional `script` field of any layout's data.
 */
export const LayoutScript = z.enum(["hans", "hant"]);
export type LayoutScript = z.infer<typeof LayoutScript>;

/** Reads `script` off a layout's data; anything but "hant" prints in Simplified. */
export const ScriptField = z.object({ script: LayoutScript.optional().catch(undefined) });

/**
 * Converts one text, leaving each of `keep` (a person's name as it stands on the ID card) as it
 * is: a name is the card's, not a word to translate.
 */
function convertKeeping(text: string, keep: readonly string[]): string {
  const names = keep.filter((name) => name.length > 0 && text.includes(name));
  if (names.length === 0) return toHant(text);
  const [name, ...rest] = names;
  return text
    .split(name ?? "")
    .map((part) => convertKeeping(part, rest))
    .join(name);
}

/** The document in Traditional characters; QR payloads, barcodes and kept names untouched. */
export function inHant(document: LayoutDocument, keep: readonly string[]): LayoutDocument {
  const block = (b: LayoutBlock): LayoutBlock => {
    if (b.kind === "text") return { ...b, text: convertKeeping(b.text, keep) };
    if (b.kind === "columns") return { ...b, cells: b.cells.map((c) => ({ ...c, text: convertKeeping(c.text, keep) })) };
    return b;
  };
  return { blocks: document.blocks.map(block) };
}
