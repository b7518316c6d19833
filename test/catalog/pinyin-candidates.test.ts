import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildPhrasePinyin, buildSearchEntries } from "../../scripts/build-search-index";
import { buildCandidateOrder, candidatesPath, renderCandidatesModule } from "../../scripts/pinyin-candidates";

describe("the pinyin keyboard's candidate order", () => {
  it("is up to date with the catalog (run npx tsx scripts/build-search-index.ts)", () => {
    expect(readFileSync(candidatesPath, "utf8")).toBe(
      renderCandidatesModule(buildCandidateOrder(buildSearchEntries(), buildPhrasePinyin())),
    );
  });

  it("counts each character under each of its kept readings, most used first", () => {
    const order = buildCandidateOrder(
      [
        {
          id: "a",
          kind: "service",
          en: "",
          name: { text: "水费12345", pinyin: "shui fei 12345" },
          aliases: [
            { text: "税水", pinyin: "shui shui" },
            { text: "长", pinyin: "chang|zhang" },
          ],
        },
      ],
      { 水电: "shui dian" },
    );
    expect(order).toEqual({ chang: "长", dian: "电", fei: "费", shui: "水税", zhang: "长" });
  });
});
