import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { polyphoneReadings } from "../../kiosk-config/search/readings";
import { createSearch } from "../../kiosk-config/search/search";
import { searchIndex } from "../../kiosk-config/search/index.generated";
import {
  buildPhrasePinyin,
  buildSearchEntries,
  generatedPath,
  renderSearchIndexModule,
  termPinyin,
  UnreviewedReadingError,
} from "../../scripts/build-search-index";

describe("the generated search index", () => {
  it("is up to date with the catalog (run npx tsx scripts/build-search-index.ts)", () => {
    expect(readFileSync(generatedPath, "utf8")).toBe(
      renderSearchIndexModule(buildSearchEntries(), buildPhrasePinyin()),
    );
  });

  it("never holds a blocked reading of a character", () => {
    let checked = 0;
    for (const entry of searchIndex) {
      for (const term of [entry.name, ...entry.aliases]) {
        const syllables = term.pinyin.split(" ");
        let i = 0;
        let inRun = false;
        for (const char of Array.from(term.text)) {
          if (/\p{Script=Han}/u.test(char)) {
            const readings = syllables[i++]?.split("|") ?? [];
            for (const blocked of polyphoneReadings[char]?.block ?? []) {
              expect(readings, `${term.text} ${char}`).not.toContain(blocked);
              checked++;
            }
            inRun = false;
          } else if (/[A-Za-z0-9]/.test(char)) {
            if (!inRun) i++;
            inRun = true;
          } else inRun = false;
        }
        expect(i, term.text).toBe(syllables.length);
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe("building pinyin", () => {
  it("drops rare readings: 广 is never ān, 参 is never shēn", () => {
    expect(termPinyin("广东")).toBe("guang dong");
    expect(termPinyin("参保")).toBe("can bao");
    const search = createSearch([
      {
        id: "gd",
        kind: "service",
        en: "guangdong",
        name: { text: "广东", pinyin: termPinyin("广东") },
        aliases: [],
      },
    ]);
    expect(search("a", "zh-CN")).toEqual([]);
    expect(search("gd", "zh-CN").map((h) => h.id)).toEqual(["gd"]);
  });

  it("keeps both readings where residents use both", () => {
    expect(termPinyin("长辈版")).toBe("zhang|chang bei ban");
    expect(termPinyin("重新取号")).toBe("chong|zhong xin qu hao");
  });

  it("keeps letters and digits as one syllable, and drops punctuation", () => {
    expect(termPinyin("CT报告（12345）")).toBe("ct bao gao 12345");
  });

  it("refuses a polyphone nobody has reviewed, naming it", () => {
    const problems: string[] = [];
    termPinyin("调查", problems);
    expect(problems.join()).toMatch(/调/);
    expect(new UnreviewedReadingError(problems).message).toMatch(/readings\.ts/);
  });
});
