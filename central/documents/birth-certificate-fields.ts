import type { BirthCertificateFields } from "../protocol";
import { lineText, meanConfidence, type OcrChar, type OcrLine } from "./ocr-text";

/**
 * The four values the newborn service asks for, found in a 出生医学证明's OCR text. OCR misreads
 * labels and letters, so labels match tolerantly, the number is checked against its format (one
 * capital letter, 9 digits) after undoing the usual letter/digit confusions, and a date must be a
 * real calendar day. A value read with corrections gets a lower confidence; a value that cannot
 * be checked is left out rather than guessed: the parent types what is missing.
 */
export function extractBirthCertificate(lines: readonly OcrLine[]): BirthCertificateFields {
  const fields: BirthCertificateFields = {};
  const certificateNo = findCertificateNo(lines);
  if (certificateNo) fields.certificateNo = certificateNo;
  const childName = findChildName(lines);
  if (childName) fields.childName = childName;
  const childSex = findSex(lines);
  if (childSex) fields.childSex = childSex;
  const childBirthDate = findBirthDate(lines);
  if (childBirthDate) fields.childBirthDate = childBirthDate;
  return fields;
}

interface Found<T> {
  value: T;
  confidence: number;
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** Where `label` sits in `text`, allowing `misses` wrong characters; -1 when nowhere. */
export function fuzzyIndexOf(text: string, label: string, misses: number): { at: number; misses: number } {
  const chars = Array.from(text);
  const want = Array.from(label);
  let best = { at: -1, misses: misses + 1 };
  for (let i = 0; i + want.length <= chars.length; i++) {
    let wrong = 0;
    for (let j = 0; j < want.length && wrong <= misses; j++) if (chars[i + j] !== want[j]) wrong++;
    if (wrong < best.misses) best = { at: i, misses: wrong };
    if (wrong === 0) break;
  }
  return best.misses <= misses ? best : { at: -1, misses: 0 };
}

// ── certificate number ───────────────────────────────────────────────────────

/** Characters OCR gives for a digit. */
const AS_DIGIT: Record<string, string> = {
  O: "0",
  o: "0",
  D: "0",
  Q: "0",
  l: "1",
  I: "1",
  "|": "1",
  Z: "2",
  S: "5",
  s: "5",
  B: "8",
  G: "6",
  b: "6",
};
/** Characters OCR gives for the leading capital letter. */
const AS_LETTER: Record<string, string> = {
  "0": "O",
  "1": "I",
  "2": "Z",
  "5": "S",
  $: "S",
  "8": "B",
  "6": "G",
  "7": "T",
};

function findCertificateNo(lines: readonly OcrLine[]): Found<string> | undefined {
  let best: Found<string> | undefined;
  for (const line of lines) {
    const chars = line.filter((c) => c.ch.trim() !== "");
    const text = chars.map((c) => c.ch).join("");
    const labelled = fuzzyIndexOf(text, "编号", 0).at >= 0;
    // A run of 10 characters that could be a letter and 9 digits once confusions are undone.
    for (let i = 0; i + 10 <= chars.length; i++) {
      const run = chars.slice(i, i + 10);
      const candidate = readNumber(run);
      if (candidate === undefined) continue;
      // A run that continues with more digits is part of a longer number (a date, an ID number).
      const next = chars[i + 10]?.ch ?? "";
      const before = chars[i - 1]?.ch ?? "";
      if (/[0-9]/.test(next) || /[A-Za-z0-9]/.test(before)) continue;
      // The format checked and the label beside it are evidence of their own: Tesseract's word
      // confidence for Latin text inside a Chinese line is sometimes 0 for a perfect reading.
      const ocr = meanConfidence(run);
      const confidence = round(candidate.trust * (labelled ? 0.5 + 0.5 * ocr : 0.7 * ocr));
      if (best === undefined || confidence > best.confidence) best = { value: candidate.value, confidence };
    }
  }
  return best;
}

/**
 * The number from a second reading by Tesseract's Latin model (`eng`). The Chinese model reads
 * the number's leading capital as a Chinese character now and then (K → 民, E → 下, F → FE) while
 * its digits come out right; the Latin model reads it as one word. A word that is a capital and 9
 * digits counts as labelled when its digits are the ones the Chinese reading found after 编号, and
 * as unlabelled otherwise. The capital itself is never guessed here: the Latin model has no reason
 * to turn a letter into a digit, so a word starting with a digit is a date or a stray.
 */
export function certificateNoFromLatin(
  words: readonly OcrLine[],
  lines: readonly OcrLine[],
): Found<string> | undefined {
  const labelledDigits = new Set<string>();
  for (const line of lines) {
    const chars = line.filter((c) => c.ch.trim() !== "").map((c) => c.ch);
    const at = fuzzyIndexOf(chars.join(""), "编号", 0).at;
    if (at < 0) continue;
    for (const m of chars
      .slice(at + 2)
      .join("")
      .matchAll(/(?<![0-9])[0-9]{9}(?![0-9])/g))
      labelledDigits.add(m[0]);
  }
  let best: Found<string> | undefined;
  for (const word of words) {
    if (word.length !== 10 || !/^[A-Z]$/.test(word[0]?.ch ?? "")) continue;
    const candidate = readNumber(word);
    if (candidate === undefined) continue;
    const ocr = meanConfidence(word);
    const labelled = labelledDigits.has(candidate.value.slice(1));
    const confidence = round(candidate.trust * (labelled ? 0.5 + 0.5 * ocr : 0.7 * ocr));
    if (best === undefined || confidence > best.confidence) best = { value: candidate.value, confidence };
  }
  return best;
}

function readNumber(run: readonly OcrChar[]): { value: string; trust: number } | undefined {
  let trust = 1;
  const first = run[0]?.ch ?? "";
  let letter = first;
  if (!/^[A-Z]$/.test(first)) {
    const guess = AS_LETTER[first];
    if (guess === undefined) return undefined;
    letter = guess;
    trust *= 0.4;
  }
  let digits = "";
  for (const c of run.slice(1)) {
    const digit = /^[0-9]$/.test(c.ch) ? c.ch : AS_DIGIT[c.ch];
    if (digit === undefined) return undefined;
    if (digit !== c.ch) trust *= 0.7;
    digits += digit;
  }
  // Two corrections already make it more guess than reading.
  return trust < 0.3 ? undefined : { value: letter + digits, trust };
}

// ── child's name ─────────────────────────────────────────────────────────────

const HAN = /\p{Script=Han}/u;
/** Labels that follow the name on the same line; a name stops where one begins. */
const AFTER_NAME = ["性别", "性", "出生"];

function findChildName(lines: readonly OcrLine[]): Found<string> | undefined {
  return nameAfter(lines, fullNameLabel) ?? nameAfter(lines, bareNameLabel);
}

function nameAfter(
  lines: readonly OcrLine[],
  labelIn: (text: string) => { end: number; trust: number } | undefined,
): Found<string> | undefined {
  for (const line of lines) {
    const text = lineText(line);
    const label = labelIn(text);
    if (label === undefined) continue;
    const chars = [...line];
    let i = label.end;
    while (i < chars.length && /[\s:：.。,，、|]/.test(chars[i]?.ch ?? "")) i++;
    const value: OcrChar[] = [];
    for (; i < chars.length; i++) {
      const c = chars[i];
      if (c === undefined || !(HAN.test(c.ch) || c.ch === "·")) break;
      value.push(c);
    }
    let name = value.map((c) => c.ch).join("");
    for (const stop of AFTER_NAME) {
      const at = name.indexOf(stop, 2);
      if (at >= 2) name = name.slice(0, at);
    }
    // A column's gap sometimes reads as a stray 人 before the next label.
    if (name.length > 3 && name.endsWith("人")) name = name.slice(0, -1);
    if (name.length < 2 || name.length > 10) continue;
    const confidence = round(meanConfidence(value.slice(0, name.length)) * label.trust);
    return { value: name, confidence };
  }
  return undefined;
}

/** The newborn's name label, 新生儿姓名 (two characters may be misread), and where it ends. */
function fullNameLabel(text: string): { end: number; trust: number } | undefined {
  const full = fuzzyIndexOf(text, "新生儿姓名", 2);
  if (
    full.at < 0 ||
    !Array.from(text)
      .slice(full.at, full.at + 5)
      .join("")
      .endsWith("名")
  )
    return undefined;
  return { end: full.at + 5, trust: full.misses === 0 ? 1 : 0.8 };
}

/**
 * A bare 姓名 not preceded by 母亲/父亲: only when no line has the full label, and with little
 * trust, since a misread parent's label looks just like it.
 */
function bareNameLabel(text: string): { end: number; trust: number } | undefined {
  const chars = Array.from(text);
  const at = text.indexOf("姓名");
  if (at < 0) return undefined;
  const charAt = Array.from(text.slice(0, at)).length;
  const before = chars.slice(Math.max(0, charAt - 2), charAt).join("");
  if (/[母父亲]/.test(before)) return undefined;
  return { end: charAt + 2, trust: 0.4 };
}

// ── sex ──────────────────────────────────────────────────────────────────────

function findSex(lines: readonly OcrLine[]): Found<"male" | "female"> | undefined {
  for (const line of lines) {
    const chars = [...line];
    const text = chars.map((c) => c.ch).join("");
    let label = fuzzyIndexOf(text, "性别", 0);
    let trust = 1;
    if (label.at < 0) {
      label = fuzzyIndexOf(text, "性别", 1);
      trust = 0.7;
    }
    if (label.at < 0) continue;
    // The answer is the first 男 or 女 within a few characters after the label.
    const after = chars.slice(label.at + 2, label.at + 6);
    const hit = after.find((c) => c.ch === "男" || c.ch === "女");
    if (hit === undefined) continue;
    return { value: hit.ch === "男" ? "male" : "female", confidence: round((hit.conf / 100) * trust) };
  }
  return sexBesideName(lines);
}

/**
 * 性别 shares its row with 新生儿姓名, in the right-hand column. When glare took the label but
 * left the answer, the row ends in a column holding a lone 男 or 女: that is the sex, trusted less
 * than beside its label. Only on the child's row: a parent's row never holds one.
 */
function sexBesideName(lines: readonly OcrLine[]): Found<"male" | "female"> | undefined {
  for (const line of lines) {
    if (fullNameLabel(lineText(line)) === undefined) continue;
    const columns = lineText(line).trim().split(" ");
    const last = columns.at(-1);
    if (columns.length < 2 || (last !== "男" && last !== "女")) continue;
    const conf = line.findLast((c) => c.ch === last)?.conf ?? 0;
    return { value: last === "男" ? "male" : "female", confidence: round((conf / 100) * 0.6) };
  }
  return undefined;
}

// ── date of birth ────────────────────────────────────────────────────────────

const DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/;

function findBirthDate(lines: readonly OcrLine[]): Found<string> | undefined {
  for (const line of lines) {
    const chars = line.filter((c) => c.ch.trim() !== "");
    const text = chars.map((c) => c.ch).join("");
    const label = fuzzyIndexOf(text, "出生时间", 1);
    const other = fuzzyIndexOf(text, "出生日期", 1);
    const at = label.at >= 0 ? label : other;
    if (at.at < 0) continue;
    const rest = text.slice(at.at + 4);
    const m = DATE.exec(rest);
    if (m === null) continue;
    const [, y, mo, d] = m;
    const value = `${y}-${(mo ?? "").padStart(2, "0")}-${(d ?? "").padStart(2, "0")}`;
    if (!isCalendarDay(value)) continue;
    const start = at.at + 4 + m.index;
    const confidence = round(
      meanConfidence(chars.slice(start, start + m[0].length)) * (at.misses === 0 ? 1 : 0.8),
    );
    return { value, confidence };
  }
  return undefined;
}

function isCalendarDay(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}
