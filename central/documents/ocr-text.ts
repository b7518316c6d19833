/**
 * Tesseract's TSV output as lines of text, each character with the confidence of the word it
 * came from. Words far apart on one line (two columns of a printed form) are kept apart by a
 * space; words close together are joined without one, as Chinese is written.
 */
export interface OcrChar {
  ch: string;
  /** 0–100, Tesseract's word confidence. */
  conf: number;
}
export type OcrLine = OcrChar[];

interface Word {
  text: string;
  conf: number;
  left: number;
  width: number;
  height: number;
}

/** A gap wider than this many line heights separates columns. */
const COLUMN_GAP = 1.2;

export function parseTesseractTsv(tsv: string): OcrLine[] {
  const lines = new Map<string, Word[]>();
  for (const row of tsv.split("\n").slice(1)) {
    const cols = row.split("\t");
    if (cols.length < 12 || cols[0] !== "5") continue;
    const text = (cols[11] ?? "").trim();
    const conf = Number(cols[10]);
    if (text === "" || !Number.isFinite(conf) || conf < 0) continue;
    const key = `${cols[2]}.${cols[3]}.${cols[4]}`;
    const words = lines.get(key) ?? [];
    words.push({ text, conf, left: Number(cols[6]), width: Number(cols[8]), height: Number(cols[9]) });
    lines.set(key, words);
  }
  return [...lines.values()].map((words) => {
    const line: OcrLine = [];
    let end: number | undefined;
    for (const w of words) {
      if (end !== undefined && w.left - end > COLUMN_GAP * Math.max(w.height, 10)) line.push({ ch: " ", conf: 100 });
      for (const ch of w.text) line.push({ ch, conf: w.conf });
      end = w.left + w.width;
    }
    return line;
  });
}

/** Lines from plain text (no confidences known: every character counts as 90). */
export function linesFromText(text: string): OcrLine[] {
  // One space sits inside a word ("出生医学证 明"); a run of them between columns.
  const columns = (l: string) => l.replace(/ {2,}/g, "\t").replace(/ /g, "").replace(/\t/g, " ");
  return text.split("\n").map((l) => Array.from(columns(l)).map((ch) => ({ ch, conf: 90 })));
}

export const lineText = (line: OcrLine): string => line.map((c) => c.ch).join("");

/** Mean confidence of some characters, 0–1. */
export function meanConfidence(chars: readonly OcrChar[]): number {
  if (chars.length === 0) return 0;
  return chars.reduce((sum, c) => sum + c.conf, 0) / chars.length / 100;
}
