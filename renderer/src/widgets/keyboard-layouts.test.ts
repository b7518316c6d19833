import chinese from "simple-keyboard-layouts/build/layouts/chinese";
import { describe, expect, it } from "vitest";
import { catalogCandidates } from "../../../kiosk-config/search/candidates.generated";
import { pinyinCandidates, withCatalogFirst } from "./keyboard-layouts";

const layout = (chinese as { layoutCandidates?: Record<string, string> }).layoutCandidates ?? {};

describe("the pinyin keyboard's candidate table", () => {
  it("puts the catalog's characters first and keeps every one of the layout's", () => {
    expect(withCatalogFirst({ shui: "说 水 税 谁" }, { shui: "税水", xin: "新" })).toEqual({
      shui: "税 水 说 谁",
      xin: "新",
    });
    for (const [syllable, chars] of Object.entries(layout)) {
      const merged = (pinyinCandidates[syllable] ?? "").split(" ");
      for (const char of chars.split(" ")) expect(merged, syllable).toContain(char);
    }
    expect(catalogCandidates.shui?.startsWith("税水")).toBe(true);
    expect(pinyinCandidates.shui?.split(" ").slice(0, 3)).toEqual(["税", "水", "说"]);
  });
});
