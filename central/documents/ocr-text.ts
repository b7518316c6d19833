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

/** The words of Tesseract's TSV, each with the line it sits on, in reading order. */
function tsvWords(tsv: string): (Word & { line: string })[] {
  const words: (Word & { line: string })[] = [];
  for (const row of tsv.split("\n").slice(1)) {
    const cols = row.split("\t");
    if (cols.length < 12 || cols[0] !== "5") continue;
    const text = (cols[11] ?? "").trim();
    const conf = Number(cols[10]);
    if (text === "" || !Number.isFinite(conf) || conf < 0) continue;
    const line = `${cols[2]}.${cols[3]}.${cols[4]}`;
    words.push({ line, text, conf, left: Number(cols[6]), width: Number(cols[8]), height: Number(cols[9]) });
  }
  return words;
}

/** Each word of the TSV on its own, as a line of its characters (no joining, no columns). */
export function parseTesseractWords(tsv: string): OcrLine[] {
  return tsvWords(tsv).map((w) => Array.from(w.text, (ch) => ({ ch, conf: w.conf })));
}

export function parseTesseractTsv(tsv: string): OcrLine[] {
  const lines = new Map<string, Word[]>();
  for (const word of tsvWords(tsv)) {
    const words = lines.get(word.line) ?? [];
    words.push(word);
    lines.set(word.line, words);
  }
  return [...lines.values()].map((words) => {
    const line: OcrLine = [];
    let end: number | undefined;
    for (const w of words) {
      if (end !== undefined && w.left - end > COLUMN_GAP * Math.max(w.height, 10))
        line.push({ ch: " ", conf: 100 });
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
