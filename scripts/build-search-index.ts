/**
 * Builds kiosk-config/search/index.generated.ts: the pinyin of every service name and alias,
 * computed here with pinyin-pro so the 86 kB converter never ships to the kiosk.
 *
 *   npx tsx scripts/build-search-index.ts           write the file
 *   npx tsx scripts/build-search-index.ts --check   exit 1 if the committed file is out of date
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { pinyin } from "pinyin-pro";
import * as z from "zod";
import { searchActions } from "../kiosk-config/search/actions";
import { englishKeywords } from "../kiosk-config/search/english";
import { polyphoneReadings } from "../kiosk-config/search/readings";
import type { IndexedEntry, IndexedTerm } from "../kiosk-config/search/types";
import { services } from "../kiosk-config/services/index";

export const generatedPath = join(
  dirname(fileURLToPath(import.meta.url)),
  "../kiosk-config/search/index.generated.ts",
);

const han = /\p{Script=Han}/u;
const toneless = (reading: string) => reading.replace(/ü/g, "v");

/** A character with several readings that readings.ts does not cover yet. */
export class UnreviewedReadingError extends Error {
  constructor(readonly problems: string[]) {
    super(`review these readings in kiosk-config/search/readings.ts:\n  ${problems.join("\n  ")}`);
    this.name = "UnreviewedReadingError";
  }
}

/** The kept readings of one character, given pinyin-pro's reading in context. */
function readingsOf(char: string, inContext: string, problems: string[]): string[] {
  const all = [...new Set(pinyin(char, { multiple: true, type: "array", toneType: "none" }).map(toneless))];
  const policy = polyphoneReadings[char];
  if (all.length <= 1) return [toneless(inContext)];
  if (policy === undefined) {
    problems.push(`${char}: ${all.join("/")} (not listed)`);
    return [toneless(inContext)];
  }
  const unreviewed = all.filter((r) => !policy.keep.includes(r) && !policy.block.includes(r));
  if (unreviewed.length > 0) problems.push(`${char}: ${unreviewed.join("/")} neither kept nor blocked`);
  const kept = [toneless(inContext), ...policy.keep].filter((r) => !policy.block.includes(r));
  return [...new Set(kept.length > 0 ? kept : policy.keep)];
}

/** The syllables of a term: Han characters by reading, runs of letters and digits as one token. */
export function termPinyin(text: string, problems: string[] = []): string {
  const inContext = pinyin(text, { type: "array", toneType: "none" });
  const syllables: string[] = [];
  let run = "";
  const flush = () => {
    if (run !== "") syllables.push(run.toLowerCase());
    run = "";
  };
  // Code points, not UTF-16 units, so the index lines up with pinyin-pro's array; no emoji here.
  Array.from(text).forEach((char, i) => {
    if (han.test(char)) {
      flush();
      syllables.push(readingsOf(char, inContext[i] ?? char, problems).join("|"));
    } else if (/[A-Za-z0-9]/.test(char)) run += char;
    else flush();
  });
  flush();
  return syllables.join(" ");
}

function term(text: string, problems: string[]): IndexedTerm {
  return { text, pinyin: termPinyin(text, problems) };
}

/** Every service and action with its precomputed pinyin; throws if a polyphone is unreviewed. */
export function buildSearchEntries(): IndexedEntry[] {
  const problems: string[] = [];
  const entries: IndexedEntry[] = [
    ...services.map((s) => ({
      id: s.id,
      kind: "service" as const,
      en: [s.name.en, ...(englishKeywords[s.id] ?? [])].join(" / ").toLowerCase(),
      name: term(s.name["zh-CN"], problems),
      aliases: s.aliases.map((a) => term(a, problems)),
    })),
    ...searchActions.map((a) => ({
      id: a.id,
      kind: "action" as const,
      en: a.name.en.toLowerCase(),
      name: term(a.name["zh-CN"], problems),
      aliases: a.aliases.map((x) => term(x, problems)),
    })),
  ];
  for (const id of Object.keys(englishKeywords)) {
    if (!services.some((s) => s.id === id)) problems.push(`english.ts names an unknown service "${id}"`);
  }
  if (problems.length > 0) throw new UnreviewedReadingError([...new Set(problems)]);
  return entries;
}

/**
 * The pinyin of every common phrase offered on a short-text question (the phrase tiles
 * are searchable by initials with the same matcher as service search), keyed by the phrase.
 */
export function buildPhrasePinyin(): Record<string, string> {
  const problems: string[] = [];
  const phrases = new Set<string>();
  for (const s of services) {
    for (const step of s.steps) {
      if (step.type === "question" && step.answer.type === "text") {
        for (const phrase of step.answer.phrases) phrases.add(phrase["zh-CN"]);
      }
    }
  }
  const map = Object.fromEntries([...phrases].sort().map((p) => [p, termPinyin(p, problems)]));
  if (problems.length > 0) throw new UnreviewedReadingError([...new Set(problems)]);
  return map;
}

/** The generated module's text: one line per entry keeps diffs readable. */
export function renderSearchIndexModule(
  entries: IndexedEntry[],
  phrasePinyin: Record<string, string>,
): string {
  const lines = entries.map((e) => `  ${JSON.stringify(e)},`);
  const phraseLines = Object.entries(phrasePinyin).map(
    ([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`,
  );
  return [
    "// Generated by scripts/build-search-index.ts from the service catalog; do not edit by hand.",
    "// Run `npx tsx scripts/build-search-index.ts` after changing a service's name or aliases.",
    'import type { IndexedEntry } from "./types";',
    "",
    "// biome-ignore format: generated, one entry per line keeps diffs readable",
    "export const searchIndex: readonly IndexedEntry[] = [",
    ...lines,
    "];",
    "",
    "/** Pinyin of every common phrase of a short-text question, keyed by the phrase (zh-CN). */",
    "// biome-ignore format: generated, one phrase per line keeps diffs readable",
    "export const phrasePinyin: Readonly<Record<string, string>> = {",
    ...phraseLines,
    "};",
    "",
  ].join("\n");
}

const Flags = z.array(z.enum(["--check"])).max(1);

function main(argv: string[]): number {
  const flags = Flags.safeParse(argv);
  if (!flags.success) {
    process.stderr.write("usage: build-search-index [--check]\n");
    return 2;
  }
  let text: string;
  try {
    text = renderSearchIndexModule(buildSearchEntries(), buildPhrasePinyin());
  } catch (error) {
    if (!(error instanceof UnreviewedReadingError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  if (flags.data.includes("--check")) {
    const current = readFileSync(generatedPath, "utf8");
    if (current === text) return 0;
    process.stderr.write(`${generatedPath} is out of date: run npx tsx scripts/build-search-index.ts\n`);
    return 1;
  }
  writeFileSync(generatedPath, text);
  process.stdout.write(`wrote ${generatedPath} (${text.length} characters)\n`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
